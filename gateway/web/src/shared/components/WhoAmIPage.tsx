import { Badge, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginPrompt } from '../auth/LoginPrompt';
import { useMe } from '../auth/me';
import { QueryProblem } from './QueryProblem';
import classes from './WhoAmIPage.module.css';

const KNOWN_ROLES: string[] = ['member', 'staff', 'kyc-verifier', 'admin'] satisfies KnownRole[];
type KnownRole = 'member' | 'staff' | 'kyc-verifier' | 'admin';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="dd">
        {children}
      </Text>
    </>
  );
}

/** "Who am I": name, email, subject and roles of the signed-in person (`/me`, `/admin/me`). */
export function WhoAmIPage() {
  const { t } = useTranslation();
  const { data: me, isPending, error, refetch } = useMe();
  const roleLabel = (role: string) => (KNOWN_ROLES.includes(role) ? t(`role.${role as KnownRole}`) : role);

  let content: ReactNode;
  if (isPending) {
    content = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else if (error) {
    content = <QueryProblem error={error} onRetry={() => void refetch()} />;
  } else if (!me) {
    content = <LoginPrompt />;
  } else {
    content = (
      <Paper withBorder radius="md" p="lg">
        <dl className={classes.fields}>
          <Field label={t('me.name')}>
            <span data-testid="whoami-name">{me.name}</span>
          </Field>
          <Field label={t('me.email')}>
            <span data-testid="whoami-email">{me.email}</span>
          </Field>
          <Field label={t('me.subject')}>
            <Text span ff="monospace" size="sm" data-testid="whoami-subject">
              {me.subject}
            </Text>
          </Field>
          <Field label={t('me.roles')}>
            <Group gap={6} component="span" data-testid="whoami-roles">
              {me.roles.map((role) => (
                <Badge key={role} variant="light" tt="none" data-role={role} title={roleLabel(role)}>
                  {role}
                </Badge>
              ))}
            </Group>
          </Field>
        </dl>
      </Paper>
    );
  }

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('me.title')}
      </Title>
      {content}
    </Stack>
  );
}
