import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useHref } from 'react-router';
import { LoginButton } from './LoginButton';

/**
 * Shown where the API answered 401: explains and offers the login button, and in the member web
 * (router basename `/`, not the admin console's `/admin`) a link to sign up for people without an account.
 */
export function LoginPrompt({ text }: { text?: string }) {
  const { t } = useTranslation();
  const memberWeb = useHref('/') === '/';
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="login-prompt-title" data-testid="login-prompt">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="login-prompt-title">
          {t('auth.loginRequiredTitle')}
        </Title>
        <Text>{text ?? t('auth.loginRequiredText')}</Text>
        <LoginButton testId="login-prompt-button" />
        {memberWeb && (
          <Text size="sm">
            {t('signup.prompt.noAccount')}{' '}
            <Anchor component={Link} to="/signup" data-testid="login-prompt-signup">
              {t('signup.prompt.link')}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
