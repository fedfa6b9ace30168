import { Button, Group, List, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDoorExit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiExchange } from '../../shared/api/client';
import { type ProblemDetail, problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import type { MemberRecord, OwnRecord } from '../profile/api';
import { ActionBlocked } from './ActionBlocked';
import { actionAllowed } from './policy';

export async function withdrawMembership(reason: string): Promise<OwnRecord> {
  const answer = await apiExchange<MemberRecord>('/api/members/me/withdrawal', {
    method: 'POST',
    body: reason.trim() === '' ? {} : { reason: reason.trim() },
  });
  return { member: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

/**
 * 退会: the settings section at the bottom of the profile page. Leaving is final, so a dialog first
 * says what it means; the member may say why.
 */
export function WithdrawMembership({ record, onWithdrawn }: { record: MemberRecord; onWithdrawn: (own: OwnRecord) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const withdrawn = record.status === 'WITHDRAWN';
  const { allowed } = actionAllowed(record, 'WITHDRAW');

  const confirm = async () => {
    setSending(true);
    setProblem(null);
    try {
      const own = await withdrawMembership(reason);
      setOpen(false);
      onWithdrawn(own);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="withdrawal-title" data-testid="withdrawal-section">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="withdrawal-title">
          {t('accountStatus.withdrawal.title')}
        </Title>
        {withdrawn ? (
          <Text size="sm" data-testid="withdrawal-done">
            {t('accountStatus.withdrawal.done')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('accountStatus.withdrawal.intro')}
            </Text>
            <ActionBlocked record={record} action="WITHDRAW" />
            <Button
              color="red"
              variant="outline"
              leftSection={<IconDoorExit size={18} />}
              onClick={() => setOpen(true)}
              disabled={!allowed}
              data-testid="withdrawal-open"
            >
              {t('accountStatus.withdrawal.button')}
            </Button>
          </>
        )}
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('accountStatus.withdrawal.confirmTitle')} centered>
        <Stack gap="sm" data-testid="withdrawal-dialog">
          <Text size="sm">{t('accountStatus.withdrawal.consequences')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('accountStatus.withdrawal.consequence.login')}</List.Item>
            <List.Item>{t('accountStatus.withdrawal.consequence.requests')}</List.Item>
            <List.Item>{t('accountStatus.withdrawal.consequence.records')}</List.Item>
            <List.Item>{t('accountStatus.withdrawal.consequence.final')}</List.Item>
          </List>
          <Textarea
            label={t('accountStatus.withdrawal.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={500}
            rows={2}
            data-testid="withdrawal-reason"
          />
          {problem && <ProblemDetails problem={problem} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpen(false)} disabled={sending}>
              {t('accountStatus.withdrawal.cancel')}
            </Button>
            <Button color="red" loading={sending} onClick={() => void confirm()} data-testid="withdrawal-confirm">
              {t('accountStatus.withdrawal.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
