import { Anchor, Button, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError, problemOf, type ProblemDetail } from '../../shared/api/problem';
import { LoginPrompt } from '../../shared/auth/LoginPrompt';
import { useMe } from '../../shared/auth/me';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { useOwnRequests } from '../requests/api';
import { OWN_INQUIRIES_KEY, startInquiry, SUBJECT_MAX, TEXT_MAX } from './api';

/** お問い合わせフォーム for a signed-in member: subject, text and, if it is about one, a request. */
export function NewInquiryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const requests = useOwnRequests();
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [requestId, setRequestId] = useState<string | null>(params.get('requestId'));
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [loggedOut, setLoggedOut] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!subject.trim() || !text.trim()) {
      setMissing(true);
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const created = await startInquiry({ subject: subject.trim(), text: text.trim(), requestId });
      await queryClient.invalidateQueries({ queryKey: OWN_INQUIRIES_KEY });
      void navigate(`/inquiries/${encodeURIComponent(created.id)}`);
    } catch (error) {
      if (isApiError(error) && error.status === 401) setLoggedOut(true);
      else setProblem(problemOf(error));
    } finally {
      setSending(false);
    }
  };
  if (loggedOut || me === null) return <LoginPrompt />;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="member-inquiry-form">
    <Stack gap="md" maw={640}>
      <Anchor component={Link} to="/inquiries">
        {t('memberInquiries.back')}
      </Anchor>
      <Title order={1} size="h2">
        {t('memberInquiries.formTitle')}
      </Title>
      <TextInput
        label={t('memberInquiries.subject')}
        required
        maxLength={SUBJECT_MAX}
        value={subject}
        onChange={(event) => setSubject(event.currentTarget.value)}
        error={missing && !subject.trim() ? t('memberInquiries.required') : undefined}
        data-testid="inquiry-subject"
      />
      <Textarea
        label={t('memberInquiries.text')}
        required
        resize="vertical"
        rows={6}
        maxLength={TEXT_MAX}
        description={t('memberInquiries.textLimit', { count: text.length, max: TEXT_MAX })}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={missing && !text.trim() ? t('memberInquiries.required') : undefined}
        data-testid="inquiry-text"
      />
      {(requests.data?.length ?? 0) > 0 && (
        <Select
          label={t('memberInquiries.request')}
          description={t('memberInquiries.requestHint')}
          clearable
          data={requests.data!.map((request) => ({ value: request.id, label: request.number }))}
          value={requestId}
          onChange={setRequestId}
          data-testid="inquiry-request"
        />
      )}
      {problem && <ProblemDetails problem={problem} />}
      <Button type="submit" size="md" loading={sending} data-testid="inquiry-send">
        {t('memberInquiries.send')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('memberInquiries.replyHint')}
      </Text>
    </Stack>
    </form>
  );
}
