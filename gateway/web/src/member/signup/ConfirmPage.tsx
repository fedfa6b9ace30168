import { Alert, Button, Center, Group, Loader, Paper, PasswordInput, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconConfetti, IconLinkOff, IconTruckDelivery } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FieldError, isApiError, type ProblemDetail, problemOf } from '../../shared/api/problem';
import { loginUrl } from '../../shared/auth/me';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { errorsByField, useFieldErrorText } from '../profile/fieldErrors';
import { checkLink, confirmLink, linkProblem, type LinkProblem, tokenFromFragment } from './api';
import { MIN_PASSWORD_LENGTH, passwordStrength } from './password';

/**
 * The token of the mailed link, taken once from the URL fragment (`#token=...`; a fragment never
 * reaches a server or a Referer header) and then removed from the address bar and the history entry,
 * so that it is neither bookmarked, shared by copying the URL, nor left in the browser history.
 */
function useTokenFromFragment(): string | undefined {
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  useEffect(() => {
    if (!window.location.hash) return;
    // Keep the router's state object: it only lacks the fragment now.
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  }, []);
  return token;
}

function Panel({ icon, color, title, children, testId }: { icon: ReactNode; color: string; title: string; children: ReactNode; testId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Stack gap="sm" align="flex-start">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color={color} variant="light" radius="xl" size="lg" aria-hidden>
            {icon}
          </ThemeIcon>
          <Title order={2} size="h3" ref={heading} tabIndex={-1}>
            {title}
          </Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** An expired, used or unknown link (or none at all): what happened in plain words, and the way on. */
function LinkNotUsable({ reason }: { reason: LinkProblem | 'missing' }) {
  const { t } = useTranslation();
  return (
    <Panel icon={<IconLinkOff size={22} />} color="orange" title={t(`signup.link.${reason}.title`)} testId="signup-link-problem">
      <Text data-testid="signup-link-problem-reason" data-reason={reason}>
        {t(`signup.link.${reason}.text`)}
      </Text>
      <Group gap="sm">
        <Button component={Link} to="/signup" data-testid="signup-new-link">
          {t('signup.link.newLink')}
        </Button>
        {reason === 'link-used' && (
          <Button component="a" href={loginUrl('/')} variant="default" data-testid="signup-link-login">
            {t('auth.login')}
          </Button>
        )}
      </Group>
    </Panel>
  );
}

function Welcome({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <Panel icon={<IconConfetti size={22} />} color="teal" title={t('signup.welcome.title')} testId="signup-welcome">
      <Text>{t('signup.welcome.text', { email })}</Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconTruckDelivery size={20} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
        <Text size="sm">{t('signup.welcome.next')}</Text>
      </Group>
      {/* Straight on to the first kit request after logging in. */}
      <Button component="a" href={loginUrl('/requests/new')} size="md" data-testid="signup-welcome-login">
        {t('signup.welcome.login')}
      </Button>
    </Panel>
  );
}

/** Under the password: how strong it looks (a nudge, only the length is a rule). */
function StrengthMeter({ password }: { password: string }) {
  const { t } = useTranslation();
  const strength = password ? passwordStrength(password) : undefined;
  const value = strength ? { tooShort: 15, weak: 40, fair: 70, strong: 100 }[strength] : 0;
  const color = strength ? { tooShort: 'red', weak: 'orange', fair: 'yellow', strong: 'teal' }[strength] : 'gray';
  return (
    <Stack gap={4} mt={-8}>
      <Progress value={value} color={color} size="sm" aria-hidden />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="signup-password-strength" data-strength={strength ?? ''}>
        {strength ? t(`signup.password.strength.${strength}`, { min: MIN_PASSWORD_LENGTH }) : null}
      </Text>
    </Stack>
  );
}

/** Password twice (shown or hidden together), with a strength hint; resolves once the server accepted it. */
function PasswordForm({ token, email, purpose, onLinkProblem, onDone }: {
  token: string;
  email: string;
  purpose: string;
  onLinkProblem: (problem: LinkProblem) => void;
  onDone: (email: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useFieldErrorText();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [saving, setSaving] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found: typeof errors = {};
    if ([...password].length < MIN_PASSWORD_LENGTH) found.password = t('signup.password.tooShort', { min: MIN_PASSWORD_LENGTH });
    if (!repeat) found.repeat = t('signup.password.repeatRequired');
    else if (repeat !== password) found.repeat = t('signup.password.mismatch');
    setErrors(found);
    setProblem(null);
    setOtherErrors([]);
    if (found.password || found.repeat) {
      (found.password ? passwordInput : repeatInput).current?.focus();
      return;
    }
    setSaving(true);
    try {
      const answer = await confirmLink(token, password);
      onDone(answer?.email ?? email);
    } catch (error) {
      const reason = isApiError(error) ? linkProblem(error.status, error.problem) : undefined;
      if (reason && isApiError(error) && (error.status === 404 || error.status === 410)) {
        onLinkProblem(reason);
      } else if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
        const byField = errorsByField(error.problem.errors);
        if (byField.password) {
          setErrors({ password: errorText(byField.password) });
          passwordInput.current?.focus();
        }
        setOtherErrors(error.problem.errors.filter((item) => item.field !== 'password'));
      } else {
        setProblem(problemOf(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const purposeKey = i18n.exists(`signup.confirm.purpose.${purpose}`) ? purpose : 'other';
  return (
    <Paper withBorder radius="md" p="lg">
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('signup.confirm.title')} data-testid="signup-password-form">
        <Stack gap="md">
          <Text>{t(`signup.confirm.purpose.${purposeKey}` as 'signup.confirm.purpose.other')}</Text>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('signup.confirm.email')}
            </Text>
            <Text fw={700} data-testid="signup-confirm-email" style={{ overflowWrap: 'anywhere' }}>
              {email}
            </Text>
          </Stack>
          {/* Lets password managers store the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordInput
            ref={passwordInput}
            id="signup-password"
            data-testid="signup-password"
            size="md"
            label={t('signup.password.label')}
            description={t('signup.password.hint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              setErrors((current) => ({ ...current, password: undefined }));
            }}
            visible={visible}
            onVisibilityChange={setVisible}
            visibilityToggleButtonProps={{ 'aria-label': visible ? t('signup.password.hide') : t('signup.password.show'), 'data-testid': 'signup-password-toggle' }}
            error={errors.password}
            errorProps={{ 'data-testid': 'error-password' }}
          />
          <StrengthMeter password={password} />
          <PasswordInput
            ref={repeatInput}
            id="signup-password-repeat"
            data-testid="signup-password-repeat"
            size="md"
            label={t('signup.password.repeat')}
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => {
              setRepeat(event.currentTarget.value);
              setErrors((current) => ({ ...current, repeat: undefined }));
            }}
            visible={visible}
            onVisibilityChange={setVisible}
            visibilityToggleButtonProps={{ 'aria-label': visible ? t('signup.password.hide') : t('signup.password.show') }}
            error={errors.repeat}
            errorProps={{ 'data-testid': 'error-password-repeat' }}
          />
          {otherErrors.length > 0 && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="signup-password-other-errors">
              {otherErrors.map(errorText).join(' ')}
            </Alert>
          )}
          {problem && <ProblemDetails problem={problem} />}
          <Button type="submit" size="md" loading={saving} data-testid="signup-password-submit">
            {t('signup.confirm.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * `/signup/confirm#token=...`: the page the mailed link opens. Shows the address the link is for,
 * asks for a password and completes the sign-up (or the staff-made application, or the invitation).
 */
export function ConfirmPage() {
  const { t } = useTranslation();
  const token = useTokenFromFragment();
  const [failed, setFailed] = useState<LinkProblem | null>(null);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const check = useQuery({
    queryKey: ['signup', 'link', token],
    queryFn: () => checkLink(token!),
    enabled: !!token && !failed && !doneFor,
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });

  let content: ReactNode;
  const checkReason = isApiError(check.error) && (check.error.status === 404 || check.error.status === 410) ? linkProblem(check.error.status, check.error.problem) : undefined;
  if (doneFor) {
    content = <Welcome email={doneFor} />;
  } else if (!token) {
    content = <LinkNotUsable reason="missing" />;
  } else if (failed || checkReason) {
    content = <LinkNotUsable reason={(failed ?? checkReason)!} />;
  } else if (check.isError) {
    content = <QueryProblem error={check.error} onRetry={() => void check.refetch()} />;
  } else if (check.isPending) {
    content = (
      <Center py="xl">
        <Loader aria-label={t('signup.confirm.checking')} />
      </Center>
    );
  } else {
    content = <PasswordForm token={token} email={check.data.email} purpose={check.data.purpose} onLinkProblem={setFailed} onDone={setDoneFor} />;
  }

  return (
    <Stack gap="md" maw={520} data-testid="signup-confirm-page">
      <Title order={1} size="h2">
        {doneFor ? t('signup.welcome.heading') : t('signup.confirm.title')}
      </Title>
      {content}
    </Stack>
  );
}
