import { Alert, Button, Code, Progress, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { BROKEN_LINK_REASONS, type StartedVerification, startVerification, useVerification } from './api';

/**
 * 改ざん検証 (admins): runs a verification of the hash chains, follows its progress and shows the
 * outcome: every link intact, or the first broken one with where and why.
 */
export function VerifyChain() {
  const { t, i18n } = useTranslation();
  const [started, setStarted] = useState<StartedVerification | null>(null);
  const start = useMutation({ mutationFn: startVerification, onSuccess: setStarted });
  const query = useVerification(started);
  const run = query.data;
  const running = start.isPending || run?.state === 'RUNNING';
  const reasonText = (reason: string): string =>
    (BROKEN_LINK_REASONS as readonly string[]).includes(reason)
      ? t(`audit.verify.reasons.${reason as (typeof BROKEN_LINK_REASONS)[number]}`)
      : reason;
  const percent = run && run.total > 0 ? Math.min(100, Math.round((run.checked / run.total) * 100)) : 0;
  return (
    <Stack gap="sm" data-testid="audit-verify">
      <Text size="sm" c="dimmed">
        {t('audit.verify.hint')}
      </Text>
      <Button
        variant="light"
        leftSection={<IconShieldCheck size={18} aria-hidden />}
        onClick={() => start.mutate()}
        loading={running}
        style={{ alignSelf: 'flex-start' }}
        data-testid="audit-verify-start"
      >
        {t('audit.verify.start')}
      </Button>
      {start.isError && <ProblemDetails problem={problemOf(start.error)} />}
      {query.isError && <QueryProblem error={query.error} onRetry={() => void query.refetch()} />}
      {run?.state === 'RUNNING' && (
        <Stack gap={4}>
          <Progress value={percent} animated striped size="lg" aria-label={t('audit.verify.progress')} data-testid="audit-verify-progress" />
          <Text size="sm" data-testid="audit-verify-count">
            {t('audit.verify.running', { checked: run.checked.toLocaleString(), total: run.total.toLocaleString() })}
          </Text>
        </Stack>
      )}
      {run && run.state !== 'RUNNING' && !run.firstBroken && run.state === 'DONE' && (
        <Alert color="teal" icon={<IconShieldCheck size={18} />} title={t('audit.verify.intact')} data-testid="audit-verify-intact">
          {t('audit.verify.intactText', { count: run.checked, at: run.finishedAt ? new Date(run.finishedAt).toLocaleString(i18n.language) : '' })}
        </Alert>
      )}
      {run && run.state !== 'RUNNING' && run.state !== 'DONE' && !run.firstBroken && (
        <Alert color="red" title={t('audit.verify.failed')} role="alert" data-testid="audit-verify-failed" />
      )}
      {run?.firstBroken && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('audit.verify.broken')} role="alert" data-testid="audit-verify-broken">
          <Text size="sm" c="red.9" mb="xs">
            {t('audit.verify.brokenText', { count: run.checked })}
          </Text>
          <Table variant="vertical" withTableBorder c="red.9">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={140}>{t('audit.verify.stream')}</Table.Th>
                <Table.Td data-testid="broken-stream">
                  <Code c="red.9">{run.firstBroken.stream}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.verify.sequence')}</Table.Th>
                <Table.Td data-testid="broken-sequence">{run.firstBroken.sequence}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.verify.eventId')}</Table.Th>
                <Table.Td data-testid="broken-event">
                  <Code c="red.9">{run.firstBroken.eventId}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.verify.reason')}</Table.Th>
                <Table.Td data-testid="broken-reason" fw={600}>
                  {reasonText(run.firstBroken.reason)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Alert>
      )}
    </Stack>
  );
}
