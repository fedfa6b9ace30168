import { Badge, Button, Group, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AccountStatus, MemberRecord } from './api';
import { inputIdOfMissing, isRequiredField, REQUIRED_FIELDS } from './fields';
import { focusInput } from './parts';

const STATUS_COLORS: Record<AccountStatus, string> = {
  PROVISIONAL: 'yellow',
  ACTIVE: 'teal',
  PENALIZED: 'orange',
  FROZEN: 'gray',
  BLACKLISTED: 'red',
  WITHDRAWN: 'gray',
};

function isAccountStatus(status: string): status is AccountStatus {
  return status in STATUS_COLORS;
}

/** 会員ステータス as a badge (`data-status` keeps the API's name). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = isAccountStatus(status);
  return (
    <Badge size="lg" variant="light" color={known ? STATUS_COLORS[status] : 'gray'} tt="none" data-testid="profile-status" data-status={status}>
      {known ? t(`profile.status.${status}`) : status}
    </Badge>
  );
}

/** How far the member got: a bar and the fields still missing, each a shortcut to its input. */
export function Completeness({ record }: { record: MemberRecord }) {
  const { t } = useTranslation();
  const missing = record.missingFields ?? [];
  const total = REQUIRED_FIELDS.length;
  const done = Math.max(0, total - missing.filter(isRequiredField).length);
  const complete = record.profileComplete && missing.length === 0;
  const label = (field: string) => (isRequiredField(field) ? t(`profile.field.${field}`) : field);

  return (
    <Paper withBorder radius="md" p="md" data-testid="profile-completeness" data-complete={complete}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={700}>{t('profile.completeness.title')}</Text>
          <Text size="sm" c="dimmed" data-testid="profile-completeness-count">
            {t('profile.completeness.progress', { done, total })}
          </Text>
        </Group>
        <Progress
          value={(done / total) * 100}
          color={complete ? 'teal' : 'indigo'}
          size="lg"
          radius="xl"
          aria-label={t('profile.completeness.progress', { done, total })}
        />
        {complete ? (
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon color="teal" variant="light" radius="xl" aria-hidden>
              <IconCircleCheck size={18} />
            </ThemeIcon>
            <Text size="sm">{t('profile.completeness.complete')}</Text>
          </Group>
        ) : (
          <Stack gap={6}>
            <Text size="sm" id="profile-missing-label">
              {t('profile.completeness.missing')}
            </Text>
            <Group gap={6} component="ul" aria-labelledby="profile-missing-label" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="profile-missing">
              {missing.map((field) => (
                <li key={field}>
                  <Button variant="light" color="orange" size="xs" radius="xl" onClick={() => focusInput(inputIdOfMissing(field))} data-field={field}>
                    {label(field)}
                  </Button>
                </li>
              ))}
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
