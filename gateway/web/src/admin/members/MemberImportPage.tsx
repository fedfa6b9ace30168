import { Alert, Anchor, Button, Card, FileInput, Group, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type MemberImport, runImportForReal, uploadImport, useImport, useRejectedRows } from './importApi';

/** The `code` of a 422 problem that refused the whole file (`import.zipBomb`, ...). */
function refusalCode(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const code = (error.problem as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const OUTCOMES = [
  { key: 'created', color: 'teal' },
  { key: 'updated', color: 'blue' },
  { key: 'unchanged', color: 'gray' },
  { key: 'rejected', color: 'red' },
] as const;

/** The outcome counts as one stacked bar with a legend, so the proportions show at a glance. */
function Summary({ job }: { job: MemberImport }) {
  const { t } = useTranslation();
  const total = Math.max(1, job.rowsRead);
  return (
    <Stack gap="xs" data-testid="import-summary">
      <Progress.Root size={24}>
        {OUTCOMES.map(({ key, color }) => (
          <Progress.Section key={key} value={(job[key] / total) * 100} color={color} aria-label={t(`directory.import.outcome.${key}`)}>
            {job[key] > 0 && <Progress.Label>{job[key]}</Progress.Label>}
          </Progress.Section>
        ))}
      </Progress.Root>
      <Group>
        {OUTCOMES.map(({ key, color }) => (
          <Text key={key} size="sm" c={color} data-testid={`count-${key}`}>
            {t(`directory.import.outcome.${key}`)}: {job[key]}
          </Text>
        ))}
      </Group>
    </Stack>
  );
}

/**
 * 既存顧客の一括取込: upload a CSV or XLSX file, see the dry run's report (what would be created,
 * updated or refused and why), download it, then run the same file for real.
 */
export function MemberImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('directory.import.title'));
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState('AUTO');
  const [id, setId] = useState<string | null>(null);
  const job = useImport(id);
  const done = job.data?.state === 'DONE';
  const rejected = useRejectedRows(id, done && (job.data?.rejected ?? 0) > 0);

  const upload = useMutation({
    mutationFn: () => uploadImport(file as File, encoding),
    onSuccess: (answer) => setId(answer.id),
  });
  const runForReal = useMutation({
    mutationFn: () => runImportForReal(id as string),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'import', id] }),
  });

  const data = job.data;
  const running = data?.state === 'RUNNING';
  const progress = data && data.expectedRows ? Math.min(100, (data.rowsRead / data.expectedRows) * 100) : 100;

  return (
    <Stack>
      <Anchor component={Link} to="/members">
        {t('directory.detail.back')}
      </Anchor>
      <Title order={1}>{t('directory.import.title')}</Title>
      <Text>{t('directory.import.intro')}</Text>
      <Card withBorder>
        <Group align="end">
          <FileInput
            label={t('directory.import.file')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            w={320}
            data-testid="import-file"
          />
          <Select
            label={t('directory.import.encoding')}
            data={(['AUTO', 'UTF_8', 'SHIFT_JIS'] as const).map((value) => ({ value, label: t(`directory.import.encodings.${value}`) }))}
            value={encoding}
            onChange={(value) => setEncoding(value ?? 'AUTO')}
            allowDeselect={false}
          />
          <Button onClick={() => upload.mutate()} disabled={!file || running} loading={upload.isPending} data-testid="import-dry-run">
            {t('directory.import.dryRun')}
          </Button>
        </Group>
      </Card>
      {upload.isError &&
        (refusalCode(upload.error) ? (
          <Alert color="red" data-testid="import-refused" title={t('directory.import.refused')}>
            {t(`directory.import.problem.${refusalCode(upload.error)?.replace('.', '_')}` as 'directory.import.problem.import_empty', { defaultValue: isApiError(upload.error) ? (upload.error.problem.detail ?? '') : '' })}
          </Alert>
        ) : (
          <QueryProblem error={upload.error} />
        ))}
      {job.isError && <QueryProblem error={job.error} onRetry={() => job.refetch()} />}
      {data && (
        <Card withBorder data-testid="import-job">
          <Stack>
            <Group justify="space-between">
              <Title order={2} size="h4">
                {data.fileName} — {t(data.dryRun ? 'directory.import.dryRunLabel' : 'directory.import.realRunLabel')}
              </Title>
              <Text data-testid="import-state">{t(`directory.import.state.${data.state}`)}</Text>
            </Group>
            {running && (
              <Progress value={progress} animated striped size="lg" aria-label={t('directory.import.progress')} data-testid="import-progress" />
            )}
            <Text size="sm">{t('directory.import.rowsRead', { count: data.rowsRead })}</Text>
            <Summary job={data} />
            {data.unknownColumns.length > 0 && (
              <Alert color="yellow" title={t('directory.import.unknownColumns')}>
                {data.unknownColumns.join(', ')}
              </Alert>
            )}
            {data.failure && (
              <ProblemDetails problem={{ title: t('directory.import.failed'), detail: t(`directory.import.problem.${data.failure.code.replace('.', '_')}` as 'directory.import.problem.import_empty', { defaultValue: data.failure.message }) }} />
            )}
            {!running && (
              <Group>
                <Button component="a" href={`/api/members/imports/${data.id}/report`} variant="light" download data-testid="import-report">
                  {t('directory.import.download')}
                </Button>
                {data.canRunForReal && (
                  <Button color="teal" onClick={() => runForReal.mutate()} loading={runForReal.isPending} data-testid="import-run">
                    {t('directory.import.runForReal')}
                  </Button>
                )}
              </Group>
            )}
            {runForReal.isError && <QueryProblem error={runForReal.error} />}
          </Stack>
        </Card>
      )}
      {rejected.data && rejected.data.content.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('directory.import.rejectedRows')}
          </Title>
          <Table data-testid="rejected-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('directory.import.row')}</Table.Th>
                <Table.Th>{t('directory.column.email')}</Table.Th>
                <Table.Th>{t('directory.import.reasons')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rejected.data.content.map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{row.email}</Table.Td>
                  <Table.Td>
                    {row.messages.map((m) => (
                      <Text key={m.field + m.code} size="sm">
                        {m.column}: {m.message}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
