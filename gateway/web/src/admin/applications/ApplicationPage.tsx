import { Alert, Anchor, Button, Checkbox, Group, List, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, type TextInputProps, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCake, IconCircleCheck, IconHome, IconMail, IconUser } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberRecord } from '../../member/profile/api';
import { errorsByField, useFieldErrorText } from '../../member/profile/fieldErrors';
import { PROFILE_FIELDS, type ProfileField, profileInput, type ProfileValues } from '../../member/profile/fields';
import { PREFECTURES } from '../../member/profile/prefectures';
import { isApiError, type FieldError, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { currentLanguage } from '../../shared/i18n';
import { APPLICATION_CHANNELS, type ApplicationChannel, submitApplication, UNCONFIRMED_QUERY_KEY } from './api';

/** The form's own fields beside the profile's; a field error's `field` is one of these or `profile.<field>`. */
const OWN_FIELDS = ['channel', 'email', 'sendConfirmationMail'] as const;
type OwnField = (typeof OWN_FIELDS)[number];
type FormField = OwnField | ProfileField;
/** The order in which the form shows its fields (focus goes to the first one in error). */
const FIELD_ORDER: readonly FormField[] = ['channel', 'email', ...PROFILE_FIELDS, 'sendConfirmationMail'];

/** `profile.address.postalCode` (or `address.postalCode`) -> `address.postalCode`; null for fields the form lacks. */
function formField(serverField: string): FormField | null {
  const field = serverField.replace(/^profile\./, '');
  return (FIELD_ORDER as readonly string[]).includes(field) ? (field as FormField) : null;
}

export function inputIdOf(field: string): string {
  return `application-${field.replace(/\./g, '-')}`;
}

const emptyProfile = (): ProfileValues => Object.fromEntries(PROFILE_FIELDS.map((field) => [field, ''])) as ProfileValues;

function Section({ title, icon, children }: { title: string; icon: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" radius="md" aria-hidden>
            {icon}
          </ThemeIcon>
          <Title order={2} size="h5" id={headingId}>
            {title}
          </Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** After a refused address: already a member's, or tied to a blacklisted customer (409). */
function ConflictAlert({ email, problem }: { email: string; problem: ProblemDetail }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'center' });
  }, []);
  return (
    <Alert ref={ref} color="red" variant="light" radius="md" icon={<IconAlertTriangle size={20} />} title={t('signup.application.conflictTitle')} role="alert" data-testid="application-conflict">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('signup.application.conflictText')}</Text>
        {problem.detail && (
          <Text size="sm" c="dimmed" data-testid="application-conflict-detail">
            {problem.detail}
          </Text>
        )}
        <Button component={Link} to={`/members?${new URLSearchParams({ q: email }).toString()}`} size="xs" variant="white" color="red">
          {t('signup.application.conflictSearch')}
        </Button>
      </Stack>
    </Alert>
  );
}

function Done({ member, mailSent, onNext }: { member: MemberRecord; mailSent: boolean; onNext: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const name = [member.profile?.familyName, member.profile?.givenName].filter(Boolean).join(' ');
  return (
    <Paper withBorder radius="md" p="lg" maw={720} data-testid="application-done">
      <Stack gap="md" align="flex-start">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color="teal" variant="light" radius="xl" size="lg" aria-hidden>
            <IconCircleCheck size={22} />
          </ThemeIcon>
          <Title order={2} size="h3" ref={heading} tabIndex={-1}>
            {name ? t('signup.application.doneTitle', { name }) : t('signup.application.doneNoName')}
          </Title>
        </Group>
        <Text data-testid="application-done-mail">
          {mailSent ? t('signup.application.doneMailSent', { email: member.email }) : t('signup.application.doneMailNotSent')}
        </Text>
        <Group gap="sm">
          <Button component={Link} to={`/members/${encodeURIComponent(member.id)}`} variant="default" data-testid="application-open-member">
            {t('signup.application.openMember')}
          </Button>
          <Button onClick={onNext} data-testid="application-next">
            {t('signup.application.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ApplicationForm({ onDone }: { onDone: (member: MemberRecord, mailSent: boolean) => void }) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const queryClient = useQueryClient();
  const [channel, setChannel] = useState<ApplicationChannel>('PHONE');
  const [email, setEmail] = useState('');
  const [profile, setProfile] = useState<ProfileValues>(emptyProfile);
  const [sendMail, setSendMail] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<ProblemDetail | null>(null);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [saving, setSaving] = useState(false);
  const [focus, setFocus] = useState<FormField | null>(null);

  useEffect(() => {
    if (!focus) return;
    const input = document.getElementById(inputIdOf(focus));
    input?.focus({ preventScroll: true });
    input?.scrollIntoView?.({ block: 'center' });
    setFocus(null);
  }, [focus]);

  const clearError = (field: FormField) =>
    setErrors((current) => {
      if (!(field in current)) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });

  const showErrors = (found: Partial<Record<FormField, string>>) => {
    setErrors(found);
    setFocus(FIELD_ORDER.find((field) => field in found) ?? null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setProblem(null);
    setConflict(null);
    setOtherErrors([]);
    if (!email.trim()) {
      showErrors({ email: t('signup.form.emailRequired') });
      return;
    }
    setSaving(true);
    try {
      const member = await submitApplication({ channel, email: email.trim(), profile: profileInput(profile), sendConfirmationMail: sendMail });
      void queryClient.invalidateQueries({ queryKey: UNCONFIRMED_QUERY_KEY });
      onDone(member, sendMail);
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        setConflict(error.problem);
      } else if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
        const found: Partial<Record<FormField, string>> = {};
        const other: FieldError[] = [];
        for (const [serverField, fieldError] of Object.entries(errorsByField(error.problem.errors))) {
          const field = formField(serverField);
          if (field) found[field] = errorText(fieldError);
          else other.push(fieldError);
        }
        setOtherErrors(other);
        showErrors(found);
      } else {
        setProblem(isApiError(error) ? error.problem : { detail: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      setSaving(false);
    }
  };

  const setField = (name: ProfileField) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setProfile((current) => ({ ...current, [name]: value }));
    clearError(name);
  };

  const field = (name: ProfileField, extra: TextInputProps & Record<string, unknown> = {}) => ({
    id: inputIdOf(name),
    'data-testid': inputIdOf(name),
    label: t(`profile.field.${name}`),
    value: profile[name],
    onChange: setField(name),
    error: errors[name],
    errorProps: { 'data-testid': `error-${name}` },
    ...extra,
  });

  const language = currentLanguage();
  const prefectureOptions = [
    { value: '', label: t('profile.choose') },
    ...PREFECTURES.map((prefecture) => ({ value: prefecture.name, label: language === 'ja' ? prefecture.name : `${prefecture.romaji} (${prefecture.name})` })),
  ];

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('signup.application.title')} data-testid="application-form">
      <Stack gap="md" maw={1100}>
        <Section title={t('signup.application.contactSection')} icon={<IconMail size={18} />}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="application-channel-label">
                {t('signup.application.channel')}
              </Text>
              <SegmentedControl
                id={inputIdOf('channel')}
                data-testid={inputIdOf('channel')}
                aria-labelledby="application-channel-label"
                value={channel}
                onChange={(value) => {
                  setChannel(value as ApplicationChannel);
                  clearError('channel');
                }}
                data={APPLICATION_CHANNELS.map((value) => ({ value, label: t(`signup.application.channel${value}`) }))}
                w="fit-content"
              />
              {errors.channel && (
                <Text size="xs" c="red.8" data-testid="error-channel">
                  {errors.channel}
                </Text>
              )}
            </Stack>
            <TextInput
              id={inputIdOf('email')}
              data-testid={inputIdOf('email')}
              type="email"
              autoComplete="off"
              spellCheck={false}
              label={t('signup.application.email')}
              description={t('signup.application.emailHint')}
              withAsterisk
              value={email}
              onChange={(event) => {
                setEmail(event.currentTarget.value);
                clearError('email');
                setConflict(null);
              }}
              error={errors.email}
              errorProps={{ 'data-testid': 'error-email' }}
            />
          </SimpleGrid>
        </Section>

        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Section title={t('profile.section.name')} icon={<IconUser size={18} />}>
            <SimpleGrid cols={2} spacing="sm">
              <TextInput {...field('familyName', { placeholder: t('profile.placeholder.familyName') })} />
              <TextInput {...field('givenName', { placeholder: t('profile.placeholder.givenName') })} />
              <TextInput {...field('familyNameKana', { placeholder: t('profile.placeholder.familyNameKana') })} lang="ja" />
              <TextInput {...field('givenNameKana', { placeholder: t('profile.placeholder.givenNameKana') })} lang="ja" />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('profile.hint.kana')}
            </Text>
          </Section>
          <Section title={t('profile.section.birth')} icon={<IconCake size={18} />}>
            <SimpleGrid cols={2} spacing="sm">
              <TextInput {...field('birthDate', { placeholder: t('profile.placeholder.birthDate'), description: t('profile.hint.birthDate') })} />
              <TextInput {...field('occupation', { placeholder: t('profile.placeholder.occupation') })} />
            </SimpleGrid>
          </Section>
        </SimpleGrid>

        <Section title={t('profile.section.contact')} icon={<IconHome size={18} />}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput {...field('phone', { type: 'tel', placeholder: t('profile.placeholder.phone'), description: t('profile.hint.phone') })} />
            <TextInput {...field('address.postalCode', { placeholder: t('profile.placeholder.postalCode'), description: t('profile.hint.postalCode') })} />
            <NativeSelect
              id={inputIdOf('address.prefecture')}
              data-testid={inputIdOf('address.prefecture')}
              label={t('profile.field.address.prefecture')}
              value={profile['address.prefecture']}
              onChange={setField('address.prefecture')}
              data={prefectureOptions}
              error={errors['address.prefecture']}
              errorProps={{ 'data-testid': 'error-address.prefecture' }}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput {...field('address.city', { placeholder: t('profile.placeholder.city') })} />
            <TextInput {...field('address.line1', { placeholder: t('profile.placeholder.line1') })} />
            <TextInput {...field('address.line2', { placeholder: t('profile.placeholder.line2') })} />
          </SimpleGrid>
        </Section>

        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <Checkbox
              id={inputIdOf('sendConfirmationMail')}
              data-testid={inputIdOf('sendConfirmationMail')}
              checked={sendMail}
              onChange={(event) => {
                setSendMail(event.currentTarget.checked);
                clearError('sendConfirmationMail');
              }}
              label={t('signup.application.sendConfirmationMail')}
              description={t('signup.application.sendConfirmationMailHint')}
              error={errors.sendConfirmationMail}
            />
            {otherErrors.length > 0 && (
              <Alert color="red" variant="light" title={t('signup.application.otherErrors')} data-testid="application-other-errors">
                <List size="sm">
                  {otherErrors.map((error, index) => (
                    <List.Item key={`${error.field}-${index}`}>
                      {error.field}: {errorText(error)}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {conflict && <ConflictAlert email={email.trim()} problem={conflict} />}
            {problem && <ProblemDetails problem={problem} />}
            <Group justify="flex-end">
              <Button type="submit" size="md" loading={saving} data-testid="application-submit">
                {t('signup.application.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}

/** `/admin/applications/new`: 電話・来店で受付, a member registered by staff from what the customer says. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState<{ member: MemberRecord; mailSent: boolean } | null>(null);
  const [round, setRound] = useState(0);
  return (
    <Stack gap="lg" data-testid="application-page">
      <Stack gap={4}>
        <Anchor component={Link} to="/" size="sm">
          ← {t('signup.application.back')}
        </Anchor>
        <Title order={1} size="h2">
          {t('signup.application.title')}
        </Title>
        {!done && (
          <Text c="dimmed" maw={760}>
            {t('signup.application.intro')}
          </Text>
        )}
      </Stack>
      {done ? (
        <Done
          member={done.member}
          mailSent={done.mailSent}
          onNext={() => {
            setDone(null);
            setRound((value) => value + 1);
          }}
        />
      ) : (
        <ApplicationForm key={round} onDone={(member, mailSent) => setDone({ member, mailSent })} />
      )}
    </Stack>
  );
}
