import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoginButton } from './LoginButton';

/** Shown where the API answered 401: explains and offers the login button. */
export function LoginPrompt({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="login-prompt-title" data-testid="login-prompt">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="login-prompt-title">
          {t('auth.loginRequiredTitle')}
        </Title>
        <Text>{text ?? t('auth.loginRequiredText')}</Text>
        <LoginButton testId="login-prompt-button" />
      </Stack>
    </Paper>
  );
}
