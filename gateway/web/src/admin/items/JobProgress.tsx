import { Alert, Button, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { type StartedJob, useJob } from './api';

/**
 * A running export (items or ledger): a live progress bar while it runs, the file to download when it
 * is done, and a plain message when it failed.
 */
export function JobProgress({ started }: { started: StartedJob }) {
  const { t } = useTranslation();
  const query = useJob(started);
  const job = query.data;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  if (!job) return null;
  const percent = job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : job.state === 'DONE' ? 100 : 0;
  return (
    <Stack gap="xs" data-testid="export-job" data-state={job.state}>
      {job.state === 'RUNNING' && (
        <>
          <Progress value={percent} animated striped size="lg" aria-label={t('adminItems.export.progress')} data-testid="export-progress" />
          <Text size="sm" data-testid="export-count">
            {t('adminItems.export.running', { done: job.done.toLocaleString(), total: job.total.toLocaleString() })}
          </Text>
        </>
      )}
      {job.state === 'DONE' && (
        <Stack gap={6} align="flex-start">
          <Text size="sm" c="teal.9" fw={600}>
            {t('adminItems.export.done', { count: job.done })}
          </Text>
          <Button
            component="a"
            href={`${started.path}/file`}
            download={job.fileName ?? true}
            leftSection={<IconDownload size={18} aria-hidden />}
            data-testid="export-download"
          >
            {t('adminItems.export.download')}
          </Button>
          {job.fileName && (
            <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="export-file-name">
              {job.fileName}
            </Text>
          )}
        </Stack>
      )}
      {job.state === 'FAILED' && (
        <Alert color="red" title={t('adminItems.export.failed')} role="alert" data-testid="export-failed">
          {(typeof job.failure === 'string' ? job.failure : job.failure?.message) || t('adminItems.export.failedHint')}
        </Alert>
      )}
    </Stack>
  );
}
