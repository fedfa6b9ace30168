import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { apiExchange } from '../../shared/api/client';
import { isApiError, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';

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
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [changed, setChanged] = useState(false);

  useEffect(() => setCurrent(member), [member]);

  const open = (next: Target) => {
    setTarget(next);
    setReason('');
    setMissing(false);
    setProblem(null);
  };
  const submit = async () => {
    if (!target) return;
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const result = await changeStatus<T>(current, target, reason.trim());
      setCurrent(result);
      setTarget(null);
      setChanged(true);
      onChanged?.(result);
    } catch (error) {
      setProblem(isApiError(error) ? error.problem : { detail: String(error) });
    } finally {
      setSending(false);
    }
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
                onClick={() => open(next)}
                data-testid={`status-${key}`}
              >
                {t(`accountStatus.admin.${key}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target === 'ACTIVE' ? t('accountStatus.admin.reinstateTitle') : t('accountStatus.admin.dialogTitle', { status: target ? label(target) : '' })}
        centered
      >
        <Stack gap="sm" data-testid="status-dialog">
          <Textarea
            label={t('accountStatus.admin.reasonLabel')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('accountStatus.admin.reasonRequired') : undefined}
            required
            rows={3}
            maxLength={500}
            data-autofocus
            data-testid="status-reason-input"
          />
          {problem && <ProblemDetails problem={problem} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTarget(null)} disabled={sending}>
              {t('accountStatus.admin.cancel')}
            </Button>
            <Button loading={sending} onClick={() => void submit()} data-testid="status-confirm">
              {t('accountStatus.admin.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
