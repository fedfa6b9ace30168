import { Alert, Anchor, Button, Center, Loader, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError, problemOf, type FieldError, type ProblemDetail } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { fetchChallenge, sendGuestInquiry, SUBJECT_MAX, TEXT_MAX } from '../inquiries/api';

const FIELDS = ['name', 'email', 'phone', 'subject', 'text', 'answer'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const EMPTY: Values = { name: '', email: '', phone: '', subject: '', text: '', answer: '' };
// What the browser can tell before asking: the server checks it all again.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LINE_BREAK = /[\r\n]/;

function check(values: Values, t: (key: string) => string): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const field of ['name', 'email', 'subject', 'text', 'answer'] as const) {
    if (!values[field].trim()) errors[field] = t('memberInquiries.required');
  }
  if (values.email.trim() && !EMAIL.test(values.email.trim())) errors.email = t('memberInquiries.guest.emailInvalid');
  if (LINE_BREAK.test(values.name)) errors.name = t('memberInquiries.guest.oneLine');
  if (values.subject.length > SUBJECT_MAX) errors.subject = t('memberInquiries.guest.tooLong');
  if (values.text.length > TEXT_MAX) errors.text = t('memberInquiries.guest.tooLong');
  return errors;
}

/**
 * 一般のお問い合わせフォーム (no login): name, address, optional phone, subject, text and a simple
 * question against robots. Field errors of the server show under their inputs; too many sends
 * (429) and a wrong answer say so in plain words and bring a new question.
 */
export function GuestContactPage() {
  const { t } = useTranslation();
  const { dt } = useDynamicT();
  const { data: me } = useMe();
  const challenge = useQuery({ queryKey: ['inquiries', 'guest', 'challenge'], queryFn: fetchChallenge, staleTime: Infinity, gcTime: 0 });
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [sent, setSent] = useState(false);

  const set = (field: Field) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(values, dt);
    setErrors(found);
    setNotice(null);
    setProblem(null);
    if (Object.keys(found).length > 0 || !challenge.data) return;
    setSending(true);
    try {
      await sendGuestInquiry({
        name: values.name.trim(),
        email: values.email.trim(),
        phone: values.phone.trim() || null,
        subject: values.subject.trim(),
        text: values.text.trim(),
        challengeId: challenge.data.id,
        answer: values.answer.trim(),
      });
      setSent(true);
    } catch (error) {
      const detail = problemOf(error) as ProblemDetail & { code?: string };
      const status = isApiError(error) ? error.status : 0;
      const fieldErrors: Partial<Record<Field, string>> = {};
      for (const fieldError of detail.errors ?? ([] as FieldError[])) {
        const field = (FIELDS as readonly string[]).includes(fieldError.field) ? (fieldError.field as Field) : fieldError.field === 'challengeId' ? 'answer' : null;
        if (field) fieldErrors[field] = fieldError.message;
      }
      if (status === 429) setNotice(t('memberInquiries.guest.tooMany'));
      else if (detail.code?.startsWith('challenge') || fieldErrors.answer) {
        fieldErrors.answer = t('memberInquiries.guest.wrongAnswer');
        setNotice(t('memberInquiries.guest.wrongAnswer'));
      } else if (Object.keys(fieldErrors).length > 0) setNotice(t('memberInquiries.guest.fixFields'));
      else setProblem(detail);
      setErrors(fieldErrors);
      // A question is good for one try: ask a new one.
      setValues((current) => ({ ...current, answer: '' }));
      void challenge.refetch();
    } finally {
      setSending(false);
    }
  };

  if (sent) {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={22} />} title={t('memberInquiries.guest.sentTitle')} data-testid="guest-sent" maw={640}>
        {t('memberInquiries.guest.sentText', { email: values.email.trim() })}
      </Alert>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="guest-form">
    <Stack gap="md" maw={640}>
      <Title order={1} size="h2">
        {t('memberInquiries.guest.title')}
      </Title>
      <Text c="dimmed">{t('memberInquiries.guest.intro')}</Text>
      {me?.roles.includes('member') && (
        <Alert color="blue" data-testid="guest-member-hint">
          {t('memberInquiries.guest.memberHint')}{' '}
          <Anchor component={Link} to="/inquiries/new">
            {t('memberInquiries.formTitle')}
          </Anchor>
        </Alert>
      )}
      <TextInput label={t('memberInquiries.guest.name')} required maxLength={100} value={values.name} onChange={set('name')} error={errors.name} data-testid="guest-name" />
      <TextInput label={t('memberInquiries.guest.email')} type="email" required value={values.email} onChange={set('email')} error={errors.email} data-testid="guest-email" />
      <TextInput label={t('memberInquiries.guest.phone')} type="tel" value={values.phone} onChange={set('phone')} error={errors.phone} data-testid="guest-phone" />
      <TextInput label={t('memberInquiries.subject')} required maxLength={SUBJECT_MAX} value={values.subject} onChange={set('subject')} error={errors.subject} data-testid="guest-subject" />
      <Textarea
        label={t('memberInquiries.text')}
        required
        resize="vertical"
        rows={6}
        maxLength={TEXT_MAX}
        description={t('memberInquiries.textLimit', { count: values.text.length, max: TEXT_MAX })}
        value={values.text}
        onChange={set('text')}
        error={errors.text}
        data-testid="guest-text"
      />
      {challenge.isPending && (
        <Center>
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      )}
      {challenge.isError && <QueryProblem error={challenge.error} onRetry={() => void challenge.refetch()} />}
      {challenge.data && (
        <TextInput
          label={t('memberInquiries.guest.challenge', { question: challenge.data.question })}
          description={t('memberInquiries.guest.challengeHint')}
          required
          inputMode="numeric"
          value={values.answer}
          onChange={set('answer')}
          error={errors.answer}
          data-testid="guest-answer"
        />
      )}
      {notice && (
        <Alert color="orange" role="alert" data-testid="guest-notice">
          {notice}
        </Alert>
      )}
      {problem && <ProblemDetails problem={problem} />}
      <Button type="submit" size="md" loading={sending} disabled={!challenge.data} data-testid="guest-send">
        {t('memberInquiries.send')}
      </Button>
    </Stack>
    </form>
  );
}
