import { Alert, Anchor, Button, Group, Pagination, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFileExport, IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type LedgerFormat, startLedgerExport, type StartedJob } from '../items/api';
import { JobProgress } from '../items/JobProgress';
import { lastMonth, type LedgerEntry, thisMonth, thisYear, useLedger } from './api';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How identity was verified, in words (a known document kind, else as recorded), and when. */
function Verification({ entry }: { entry: LedgerEntry }) {
  const { dt, exists } = useDynamicT();
  const method = entry.identityVerification?.method;
  if (!method) return null;
  const kind = exists(`ledger.method.${method}`) ? dt(`ledger.method.${method}`) : method;
  return (
    <>
      <Text size="sm">{kind}</Text>
      {entry.identityVerification?.verifiedOn && (
        <Text size="xs" c="dimmed">
          {entry.identityVerification.verifiedOn}
        </Text>
      )}
    </>
  );
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/**
 * `/ledger`: 古物台帳 — the acquisitions of a period with the columns the Antique Dealings Act asks for,
 * previewed page by page, and exported to XLSX or CSV in the background.
 */
export function LedgerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('ledger.title'));
  const [params, setParams] = useSearchParams();
  const initial = thisMonth();
  const from = params.get('from') ?? initial.from;
  const to = params.get('to') ?? initial.to;
  const page = Number(params.get('page') ?? '0') || 0;
  const valid = DATE.test(from) && DATE.test(to) && from <= to;
  const ledger = useLedger(from, to, page, valid);
  const [format, setFormat] = useState<LedgerFormat>('XLSX');
  const [started, setStarted] = useState<StartedJob | null>(null);
  const start = useMutation({ mutationFn: () => startLedgerExport(from, to, format), onSuccess: setStarted });

  const period = (next: { from: string; to: string }) => {
    setStarted(null);
    setParams({ from: next.from, to: next.to });
  };
  const data = ledger.data;

  return (
    <Stack>
      <Title order={1}>{t('ledger.title')}</Title>
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} data-testid="ledger-retention">
        {t('ledger.retention')}
      </Alert>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group align="end">
            <TextInput
              type="date"
              label={t('ledger.from')}
              value={from}
              onChange={(event) => period({ from: event.currentTarget.value, to })}
              data-testid="ledger-from"
            />
            <TextInput
              type="date"
              label={t('ledger.to')}
              value={to}
              onChange={(event) => period({ from, to: event.currentTarget.value })}
              error={!valid ? t('ledger.invalidPeriod') : undefined}
              data-testid="ledger-to"
            />
            <Group gap="xs">
              <Button variant="default" size="sm" onClick={() => period(thisMonth())}>
                {t('ledger.thisMonth')}
              </Button>
              <Button variant="default" size="sm" onClick={() => period(lastMonth())}>
                {t('ledger.lastMonth')}
              </Button>
              <Button variant="default" size="sm" onClick={() => period(thisYear())}>
                {t('ledger.thisYear')}
              </Button>
            </Group>
          </Group>
          <Group align="end">
            <SegmentedControl
              value={format}
              onChange={(value) => setFormat(value as LedgerFormat)}
              data={[
                { value: 'XLSX', label: t('ledger.formatXlsx') },
                { value: 'CSV', label: t('ledger.formatCsv') },
              ]}
              aria-label={t('ledger.format')}
              data-testid="ledger-format"
            />
            <Button
              leftSection={<IconFileExport size={18} aria-hidden />}
              onClick={() => start.mutate()}
              loading={start.isPending}
              disabled={!valid}
              data-testid="ledger-export"
            >
              {t('ledger.export')}
            </Button>
          </Group>
          {start.isError && <ProblemDetails problem={problemOf(start.error)} />}
          {started && <JobProgress key={started.path} started={started} />}
        </Stack>
      </Paper>

      {ledger.isError && <QueryProblem error={ledger.error} onRetry={() => void ledger.refetch()} />}
      {data && valid && (
        <>
          <Text size="sm" c="dimmed" data-testid="ledger-total">
            {t('ledger.total', { count: data.page.totalElements, from, to })}
          </Text>
          <Table.ScrollContainer minWidth={1200}>
            <Table striped withTableBorder data-testid="ledger-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={NOWRAP}>{t('ledger.column.acquiredOn')}</Table.Th>
                  <Table.Th style={NOWRAP}>{t('ledger.column.itemNumber')}</Table.Th>
                  <Table.Th>{t('ledger.column.description')}</Table.Th>
                  <Table.Th>{t('ledger.column.features')}</Table.Th>
                  <Table.Th ta="right" style={NOWRAP}>{t('ledger.column.quantity')}</Table.Th>
                  <Table.Th style={NOWRAP}>{t('ledger.column.name')}</Table.Th>
                  <Table.Th>{t('ledger.column.address')}</Table.Th>
                  <Table.Th style={NOWRAP}>{t('ledger.column.occupation')}</Table.Th>
                  <Table.Th ta="right" style={NOWRAP}>{t('ledger.column.age')}</Table.Th>
                  <Table.Th style={NOWRAP}>{t('ledger.column.verification')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.content.map((entry) => (
                  <Table.Tr key={entry.id} data-testid="ledger-row">
                    <Table.Td style={NOWRAP}>{entry.acquiredOn}</Table.Td>
                    <Table.Td ff="monospace" style={NOWRAP}>
                      {entry.itemNumber}
                    </Table.Td>
                    <Table.Td>{entry.description}</Table.Td>
                    <Table.Td>{entry.features}</Table.Td>
                    <Table.Td ta="right">{entry.quantity}</Table.Td>
                    <Table.Td style={NOWRAP}>
                      {entry.memberId ? (
                        <Anchor component={Link} to={`/members/${entry.memberId}`} size="sm">
                          {entry.counterparty.name}
                        </Anchor>
                      ) : (
                        entry.counterparty.name
                      )}
                    </Table.Td>
                    <Table.Td>{entry.counterparty.address}</Table.Td>
                    <Table.Td>{entry.counterparty.occupation}</Table.Td>
                    <Table.Td ta="right">{entry.counterparty.age}</Table.Td>
                    <Table.Td style={NOWRAP}>
                      <Verification entry={entry} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.content.length === 0 && <Text data-testid="ledger-none">{t('ledger.none')}</Text>}
          {data.page.totalPages > 1 && (
            <Pagination
              total={data.page.totalPages}
              value={data.page.number + 1}
              onChange={(value) => setParams({ from, to, page: String(value - 1) })}
              getControlProps={(control) => ({ 'aria-label': t(`ledger.${control}Page`) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
