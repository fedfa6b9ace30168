import { Alert, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import type { MemberAction, MemberRecord } from '../profile/api';
import { actionAllowed } from './policy';

/**
 * Why the account status blocks an action, in plain words (and the reason staff gave, if any).
 * Renders nothing when the action is allowed, so a screen can simply put it above what it blocks.
 */
export function ActionBlocked({ record, action }: { record: MemberRecord; action: MemberAction }) {
  const { t } = useTranslation();
  const { dt } = useDynamicT();
  const { allowed, reasonKey } = actionAllowed(record, action);
  if (allowed || !reasonKey) return null;
  return (
    <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={t(`accountStatus.action.${action}`)} data-testid={`blocked-${action}`} role="note">
      <Stack gap={4}>
        <Text size="sm" data-testid="blocked-reason">
          {dt(reasonKey)}
        </Text>
        {record.statusReason && (
          <Text size="sm" c="dimmed" data-testid="blocked-status-reason">
            {t('accountStatus.staffReason', { reason: record.statusReason })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
