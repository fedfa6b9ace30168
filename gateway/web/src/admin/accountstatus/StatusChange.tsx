import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { apiExchange } from '../../shared/api/client';
import { ReasonDialog } from '../../shared/components/ReasonDialog';

export type AccountStatus = 'PROVISIONAL' | 'ACTIVE' | 'PENALIZED' | 'FROZEN' | 'BLACKLISTED' | 'WITHDRAWN';

export const STATUS_COLORS: Record<AccountStatus, string> = {
  PROVISIONAL: 'yellow',
  ACTIVE: 'teal',
  PENALIZED: 'orange',
  FROZEN: 'blue',
  BLACKLISTED: 'red',
  WITHDRAWN: 'gray',
};

/** What StatusChange needs of a member (the member detail page's record has all of it). */
export interface StatusOfMember {
  id: string;
  status: AccountStatus | string;
  statusReason?: string | null;
  /** The record's version, sent in `If-Match`. */
  version: number;
}

type Target = 'FROZEN' | 'PENALIZED' | 'BLACKLISTED' | 'ACTIVE';
const RESTRICTED = ['FROZEN', 'PENALIZED', 'BLACKLISTED'];
const BUTTONS: { target: Target; key: 'freeze' | 'penalize' | 'blacklist' | 'reinstate'; color: string }[] = [
  { target: 'FROZEN', key: 'freeze', color: 'blue' },
  { target: 'PENALIZED', key: 'penalize', color: 'orange' },
  { target: 'BLACKLISTED', key: 'blacklist', color: 'red' },
  { target: 'ACTIVE', key: 'reinstate', color: 'teal' },
];

/** Whether staff may move a member from `status` to `target` (the service decides in the end). */
export function canChange(status: string, target: Target): boolean {
  if (status === 'WITHDRAWN') return false;
  if (target === 'ACTIVE') return RESTRICTED.includes(status);
  return status !== target;
}

/** `POST /api/members/{id}/status` with the version staff saw; answers with the member's record. */
export async function changeStatus<T extends StatusOfMember>(member: StatusOfMember, status: Target, reason: string): Promise<T> {
  const answer = await apiExchange<T>(`/api/members/${encodeURIComponent(member.id)}/status`, {
    method: 'POST',
    headers: { 'If-Match': `"${member.version}"` },
    body: { status, reason },
  });
  return answer.data;
}

export function StatusBadge({ status }: { status: string }) {
  const { dt, exists } = useDynamicT();
  const known = status in STATUS_COLORS;
  return (
    <Badge size="lg" variant="filled" color={known ? STATUS_COLORS[status as AccountStatus] : 'gray'} tt="none" data-testid="status-badge" data-status={status}>
      {exists(`profile.status.${status}`) ? dt(`profile.status.${status}`) : status}
    </Badge>
  );
}

/**
 * 会員ステータス on the member detail page: the current status with its colour and reason, and the
 * staff actions (freeze, penalize, blacklist, reinstate), each asking for the reason the member
 * will read. A change made by someone else meanwhile is answered with 409 and shown.
 */
export function StatusChange<T extends StatusOfMember>({ member, onChanged }: { member: T; onChanged?: (member: T) => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<StatusOfMember>(member);
  const [target, setTarget] = useState<Target | null>(null);
  const [changed, setChanged] = useState(false);

  useEffect(() => setCurrent(member), [member]);

  const change = async (next: Target, reason: string) => {
    const result = await changeStatus<T>(current, next, reason);
    setCurrent(result);
    setTarget(null);
    setChanged(true);
    onChanged?.(result);
  };
  const { dt } = useDynamicT();
  const label = (status: string) => dt(`profile.status.${status}`, { defaultValue: status });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="status-change-title" data-testid="status-change">
      <Stack gap="sm">
        <Title order={2} size="h4" id="status-change-title">
          {t('accountStatus.admin.title')}
        </Title>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('accountStatus.admin.current')}
          </Text>
          <StatusBadge status={String(current.status)} />
        </Group>
        <Text size="sm" data-testid="status-reason">
          {current.statusReason ? t('accountStatus.admin.reason', { reason: current.statusReason }) : t('accountStatus.admin.noReason')}
        </Text>
        {changed && (
          <Text size="sm" c="teal.9" role="status" data-testid="status-changed">
            {t('accountStatus.admin.changed')}
          </Text>
        )}
        {current.status === 'WITHDRAWN' ? (
          <Text size="sm" c="dimmed" data-testid="status-final">
            {t('accountStatus.admin.withdrawnFinal')}
          </Text>
        ) : (
          <Group gap="sm">
            {BUTTONS.map(({ target: next, key, color }) => (
              <Button
                key={key}
                variant="light"
                color={color}
                disabled={!canChange(String(current.status), next)}
                onClick={() => setTarget(next)}
                data-testid={`status-${key}`}
              >
                {t(`accountStatus.admin.${key}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      {target && (
        <ReasonDialog
          opened
          title={target === 'ACTIVE' ? t('accountStatus.admin.reinstateTitle') : t('accountStatus.admin.dialogTitle', { status: label(target) })}
          label={t('accountStatus.admin.reasonLabel')}
          requiredMessage={t('accountStatus.admin.reasonRequired')}
          cancelLabel={t('accountStatus.admin.cancel')}
          confirmLabel={t('accountStatus.admin.confirm')}
          testIds={{ dialog: 'status-dialog', input: 'status-reason-input', confirm: 'status-confirm' }}
          onClose={() => setTarget(null)}
          onConfirm={(reason) => change(target, reason)}
        />
      )}
    </Paper>
  );
}
