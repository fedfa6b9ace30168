import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClockHour4, IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProblemDetail, problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import type { MemberRecord, PendingChange } from '../profile/api';
import { OWN_CHANGE_REQUESTS_QUERY_KEY, useOwnChangeRequests, withdrawChangeRequest } from './api';
import { FieldChangeList } from '../../shared/components/FieldChangeList';

function formatDate(iso: string, language: string) {
  try {
    return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  } catch {
    return iso;
  }
}

function PendingRequest({ request, onWithdrawn }: { request: PendingChange; onWithdrawn: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [withdrawing, setWithdrawing] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const withdraw = async () => {
    setWithdrawing(true);
    setProblem(null);
    try {
      await withdrawChangeRequest(request.id);
      onWithdrawn(request.id);
      void queryClient.invalidateQueries({ queryKey: OWN_CHANGE_REQUESTS_QUERY_KEY });
    } catch (error) {
      setProblem(problemOf(error));
      setWithdrawing(false);
    }
  };
  return (
    <Paper withBorder radius="md" p="sm" data-testid="pending-change" data-kind={request.kind}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Badge color="yellow" variant="light" leftSection={<IconClockHour4 size={12} />} tt="none">
              {t('changeRequest.state.PENDING')}
            </Badge>
            <Text fw={600}>{t(`changeRequest.kind.${request.kind}`)}</Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('changeRequest.requestedAt', { date: formatDate(request.requestedAt, i18n.language) })}
          </Text>
        </Group>
        <FieldChangeList changes={request.changes} />
        {problem && <ProblemDetails problem={problem} />}
        <Group justify="flex-end">
          <Button variant="default" size="sm" loading={withdrawing} onClick={() => void withdraw()} data-testid="pending-change-withdraw">
            {t('changeRequest.member.withdraw')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Requests staff rejected recently, with their reason, so the member knows why nothing changed. */
function RecentRejections() {
  const { t } = useTranslation();
  const query = useOwnChangeRequests();
  const rejected = (query.data ?? []).filter((request) => request.state === 'REJECTED').slice(0, 3);
  if (rejected.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="rejected-changes">
      {rejected.map((request) => (
        <Alert key={request.id} color="red" variant="light" title={t('changeRequest.member.rejectedTitle', { kind: t(`changeRequest.kind.${request.kind}`) })}>
          <Stack gap={4}>
            <Text size="sm">{t('changeRequest.member.rejectedReason', { reason: request.rejectionReason ?? '' })}</Text>
            <FieldChangeList changes={request.changes} />
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}

/**
 * 変更依頼: once the member's data is verified, changes of name, address, birth date and payout
 * account wait for staff. Lists what waits (current → requested) with a way to withdraw it.
 */
export function PendingChanges({ record, onWithdrawn }: { record: MemberRecord; onWithdrawn: (id: string) => void }) {
  const { t } = useTranslation();
  const pending = record.pendingChangeRequests ?? [];
  const verified = record.verification?.state === 'VERIFIED';
  if (!verified && pending.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="pending-changes-title" data-testid="pending-changes">
      <Stack gap="sm">
        <Title order={2} size="h4" id="pending-changes-title">
          {t('changeRequest.member.title')}
        </Title>
        <Alert variant="light" color="indigo" icon={<IconInfoCircle size={18} />} data-testid="pending-changes-explanation">
          {t('changeRequest.member.explanation')}
        </Alert>
        {pending.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="pending-changes-none">
            {t('changeRequest.member.none')}
          </Text>
        ) : (
          pending.map((request) => <PendingRequest key={request.id} request={request} onWithdrawn={onWithdrawn} />)
        )}
        <RecentRejections />
      </Stack>
    </Paper>
  );
}
