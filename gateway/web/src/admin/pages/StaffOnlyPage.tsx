import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LogoutButton } from '../../shared/auth/LogoutButton';

/** A logged-in person without role staff/admin opened the console. */
export function StaffOnlyPage({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl" maw={640} mx="auto" mt="xl" component="section" aria-labelledby="staff-only-title" data-testid="staff-only">
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" color="orange" aria-hidden>
          <IconLock size={26} />
        </ThemeIcon>
        <Title order={1} size="h2" id="staff-only-title">
          {t('staffOnly.title')}
        </Title>
        <Text>{t('staffOnly.text', { name })}</Text>
        <Group gap="sm">
          {/* The member web is another page of the gateway, not a route of this console. */}
          <Button component="a" href="/">
            {t('staffOnly.toMemberWeb')}
          </Button>
          <LogoutButton testId="staff-only-logout-button" />
        </Group>
      </Stack>
    </Paper>
  );
}
