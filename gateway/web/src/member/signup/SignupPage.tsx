import { Button, Group, List, Paper, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldError, isApiError, type ProblemDetail, problemOf } from '../../shared/api/problem';
import { loginUrl } from '../../shared/auth/me';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { currentLanguage } from '../../shared/i18n';
import { errorsByField, useFieldErrorText } from '../profile/fieldErrors';
import { requestSignup } from './api';

/** Seconds before "send again" is offered: mail can take a minute, and the service limits the rate anyway. */
export const RESEND_AFTER_SECONDS = 60;

/** Enough to catch a typo at once; the server has the last word. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function useCountdown(): [number, () => void] {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setLeft((value) => value - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);
  return [left, () => setLeft(RESEND_AFTER_SECONDS)];
}

/**
 * The neutral answer: the same words whether the address is new, already a member's, or unknown to
 * any mailbox. It never says more than "if this address can be used, a mail is on its way".
 */
function CheckYourMailbox({ email, onResend, onOtherAddress, resending, resent, secondsLeft, problem }: {
  email: string;
  onResend: () => void;
  onOtherAddress: () => void;
  resending: boolean;
  resent: boolean;
  secondsLeft: number;
  problem: ProblemDetail | null;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="lg" data-testid="signup-sent" role="status">
        <Stack gap="sm">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon color="teal" variant="light" radius="xl" size="lg" aria-hidden>
              <IconMailCheck size={22} />
            </ThemeIcon>
            <Title order={2} size="h3" ref={heading} tabIndex={-1}>
              {t('signup.sent.title')}
            </Title>
          </Group>
          <Text data-testid="signup-sent-text">{t('signup.sent.text', { email })}</Text>
          <Text size="sm" c="dimmed">
            {t('signup.sent.expiry')}
          </Text>
          {resent && (
            <Text size="sm" c="teal.9" fw={600} data-testid="signup-resent">
              {t('signup.sent.resent')}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="lg" bg="gray.0">
        <Stack gap="sm">
          <Text fw={700}>{t('signup.sent.notArrivedTitle')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('signup.sent.hintSpam')}</List.Item>
            <List.Item>{t('signup.sent.hintAddress')}</List.Item>
            <List.Item>{t('signup.sent.hintWait')}</List.Item>
          </List>
          <Group gap="sm">
            <Button onClick={onResend} loading={resending} disabled={secondsLeft > 0} data-testid="signup-resend">
              {secondsLeft > 0 ? t('signup.sent.resendIn', { seconds: secondsLeft }) : t('signup.sent.resend')}
            </Button>
            <Button variant="default" onClick={onOtherAddress} data-testid="signup-other-address">
              {t('signup.sent.otherAddress')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {problem && <ProblemDetails problem={problem} />}
    </Stack>
  );
}

/** `/signup`: 会員登録 with only an email address; the mailed link leads on to `/signup/confirm`. */
export function SignupPage() {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [sending, setSending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [resent, setResent] = useState(false);
  const [secondsLeft, startCountdown] = useCountdown();
  const input = useRef<HTMLInputElement>(null);

  const send = async (address: string): Promise<boolean> => {
    setSending(true);
    setProblem(null);
    setOtherErrors([]);
    try {
      await requestSignup(address, currentLanguage());
      startCountdown();
      return true;
    } catch (error) {
      if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
        const byField = errorsByField(error.problem.errors);
        if (byField.email) {
          setFieldError(errorText(byField.email));
          setSentTo(null);
          input.current?.focus();
        }
        setOtherErrors(error.problem.errors.filter((item) => item.field !== 'email'));
      } else {
        setProblem(problemOf(error));
      }
      return false;
    } finally {
      setSending(false);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const address = email.trim();
    if (!address) {
      setFieldError(t('signup.form.emailRequired'));
      input.current?.focus();
      return;
    }
    if (!EMAIL_SHAPE.test(address)) {
      setFieldError(t('signup.form.emailInvalid'));
      input.current?.focus();
      return;
    }
    if (await send(address)) {
      setResent(false);
      setSentTo(address);
    }
  };

  const onResend = async () => {
    if (sentTo && (await send(sentTo))) setResent(true);
  };

  return (
    <Stack gap="md" maw={520} data-testid="signup-page">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {t('signup.title')}
        </Title>
        {!sentTo && <Text c="dimmed">{t('signup.intro')}</Text>}
      </Stack>
      {sentTo ? (
        <CheckYourMailbox
          email={sentTo}
          onResend={() => void onResend()}
          onOtherAddress={() => {
            setSentTo(null);
            setProblem(null);
          }}
          resending={sending}
          resent={resent}
          secondsLeft={secondsLeft}
          problem={problem}
        />
      ) : (
        <Paper withBorder radius="md" p="lg">
          <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('signup.title')} data-testid="signup-form">
            <Stack gap="md">
              <TextInput
                ref={input}
                id="signup-email"
                data-testid="signup-email"
                type="email"
                inputMode="email"
                autoComplete="email"
                autoCapitalize="none"
                spellCheck={false}
                size="md"
                label={t('signup.form.email')}
                description={t('signup.form.emailHint')}
                placeholder="hanako@example.com"
                value={email}
                onChange={(event) => {
                  setEmail(event.currentTarget.value);
                  setFieldError(null);
                }}
                error={fieldError ?? undefined}
                errorProps={{ 'data-testid': 'error-email' }}
              />
              {otherErrors.length > 0 && (
                <Text size="sm" c="red.8" data-testid="signup-other-errors">
                  {otherErrors.map(errorText).join(' ')}
                </Text>
              )}
              <Button type="submit" size="md" loading={sending} data-testid="signup-submit">
                {t('signup.form.submit')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('signup.form.privacy')}
              </Text>
            </Stack>
          </form>
        </Paper>
      )}
      {!sentTo && problem && <ProblemDetails problem={problem} />}
      <Group gap="xs">
        <Text size="sm">{t('signup.haveAccount')}</Text>
        <Button component="a" href={loginUrl('/')} variant="subtle" size="compact-sm" data-testid="signup-login">
          {t('auth.login')}
        </Button>
      </Group>
    </Stack>
  );
}
