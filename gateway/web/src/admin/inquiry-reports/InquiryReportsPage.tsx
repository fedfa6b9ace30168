import { Anchor, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type GroupBy, type PeriodBy, type ReportQuery, type ReportRow, reportSearch, surveySearch, useReport, useSurveyResults } from './api';
import { BarChart } from './BarChart';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const METRICS = ['firstResponseMinutesMedian', 'resolutionMinutesMedian', 'received', 'resolved'] as const;
type Metric = (typeof METRICS)[number];

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The last 30 days up to today. */
export function lastThirtyDays(today = new Date()): { from: string; to: string } {
  const from = new Date(today);
  from.setDate(from.getDate() - 29);
  return { from: iso(from), to: iso(today) };
}

function Stat({ label, value, testId }: { label: string; value: number | undefined; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} data-testid={testId}>
        {value ?? '—'}
      </Text>
    </Paper>
  );
}

const minutes = (value: number | null) => (value === null ? '—' : String(value));

/**
 * `/inquiry-reports`: how fast the team answers and resolves inquiries, by period and by label,
 * person or channel, as charts and a table (CSV too); open and overdue counts; and the satisfaction
 * survey's results.
 */
export function InquiryReportsPage() {
  const { t } = useTranslation();
  const { dt } = useDynamicT();
  useDocumentTitle(t('inquiryReports.title'));
  const [params, setParams] = useSearchParams();
  const initial = lastThirtyDays();
  const query: ReportQuery = {
    from: params.get('from') ?? initial.from,
    to: params.get('to') ?? initial.to,
    by: (params.get('by') as PeriodBy) || 'week',
    groupBy: (params.get('groupBy') as GroupBy) || '',
  };
  const valid = DATE.test(query.from) && DATE.test(query.to) && query.from <= query.to;
  const [metric, setMetric] = useState<Metric>('firstResponseMinutesMedian');
  const [surveyBy, setSurveyBy] = useState<'period' | 'person' | 'label'>('period');
  const report = useReport(query, valid);
  const survey = useSurveyResults(query, surveyBy, valid);
  const change = (next: Partial<ReportQuery>) => {
    const merged = { ...query, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '')));
  };

  const rows = report.data?.series ?? [];
  const periods = [...new Set(rows.map((row) => row.period))];
  const groupName = (group: string) => (group === '' ? t('inquiryReports.none') : group === 'all' ? t('inquiryReports.all') : group);
  const groups = [...new Set(rows.map((row) => row.group))];
  const series = groups.map((group) => ({
    name: groupName(group),
    values: periods.map((period) => {
      const row = rows.find((candidate: ReportRow) => candidate.period === period && candidate.group === group);
      return row ? row[metric] : null;
    }),
  }));
  const surveyGroups = survey.data?.groups ?? [];

  return (
    <Stack>
      <Title order={1}>{t('inquiryReports.title')}</Title>
      <Paper withBorder p="md" radius="md">
        <Group align="end">
          <TextInput type="date" label={t('inquiryReports.from')} value={query.from} onChange={(e) => change({ from: e.currentTarget.value })} data-testid="report-from" />
          <TextInput type="date" label={t('inquiryReports.to')} value={query.to} onChange={(e) => change({ to: e.currentTarget.value })} data-testid="report-to" />
          <SegmentedControl
            value={query.by}
            onChange={(by) => change({ by: by as PeriodBy })}
            data={(['day', 'week', 'month'] as const).map((by) => ({ value: by, label: t(`inquiryReports.by.${by}`) }))}
          />
          <Select
            label={t('inquiryReports.groupBy')}
            value={query.groupBy}
            onChange={(groupBy) => change({ groupBy: (groupBy ?? '') as GroupBy })}
            data={(['', 'label', 'person', 'channel'] as const).map((groupBy) => ({ value: groupBy, label: dt(`inquiryReports.group.${groupBy || 'none'}`) }))}
            data-testid="report-group-by"
          />
          <Anchor href={`/api/inquiries/reports.csv?${reportSearch(query)}`} download data-testid="report-csv">
            <Group gap={4}>
              <IconFileExport size={16} />
              {t('inquiryReports.csv')}
            </Group>
          </Anchor>
        </Group>
        {!valid && (
          <Text c="red" size="sm" mt="xs">
            {t('inquiryReports.badRange')}
          </Text>
        )}
      </Paper>
      {report.isError && <QueryProblem error={report.error} onRetry={() => report.refetch()} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stat label={t('inquiryReports.open')} value={report.data?.open} testId="report-open" />
        <Stat label={t('inquiryReports.overdue')} value={report.data?.overdue} testId="report-overdue" />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Stack>
          <SegmentedControl
            value={metric}
            onChange={(next) => setMetric(next as Metric)}
            data={METRICS.map((one) => ({ value: one, label: t(`inquiryReports.metric.${one}`) }))}
          />
          {rows.length === 0 ? (
            <Text c="dimmed">{t('inquiryReports.empty')}</Text>
          ) : (
            <BarChart categories={periods} series={series} label={t(`inquiryReports.metric.${metric}`)} testId="report-chart" />
          )}
        </Stack>
      </Paper>
      {rows.length > 0 && (
        <Table striped data-testid="report-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inquiryReports.period')}</Table.Th>
              <Table.Th>{t('inquiryReports.groupColumn')}</Table.Th>
              <Table.Th>{t('inquiryReports.metric.received')}</Table.Th>
              <Table.Th>{t('inquiryReports.metric.resolved')}</Table.Th>
              <Table.Th>{t('inquiryReports.firstResponse')}</Table.Th>
              <Table.Th>{t('inquiryReports.resolution')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.period}-${row.group}`} data-testid="report-row">
                <Table.Td>{row.period}</Table.Td>
                <Table.Td>{groupName(row.group)}</Table.Td>
                <Table.Td>{row.received}</Table.Td>
                <Table.Td>{row.resolved}</Table.Td>
                <Table.Td>
                  {minutes(row.firstResponseMinutesMedian)} / {minutes(row.firstResponseMinutesAverage)}
                </Table.Td>
                <Table.Td>
                  {minutes(row.resolutionMinutesMedian)} / {minutes(row.resolutionMinutesAverage)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={2}>{t('inquiryReports.survey.title')}</Title>
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Group justify="space-between">
            <SegmentedControl
              value={surveyBy}
              onChange={(next) => setSurveyBy(next as typeof surveyBy)}
              data={(['period', 'person', 'label'] as const).map((by) => ({ value: by, label: t(`inquiryReports.survey.by.${by}`) }))}
            />
            <Anchor href={`/api/inquiries/survey/results.csv?${surveySearch(query, surveyBy)}`} download data-testid="survey-csv">
              <Group gap={4}>
                <IconFileExport size={16} />
                {t('inquiryReports.csv')}
              </Group>
            </Anchor>
          </Group>
          {survey.isError && <QueryProblem error={survey.error} onRetry={() => survey.refetch()} />}
          {survey.data && (
            <Text data-testid="survey-summary">
              {t('inquiryReports.survey.summary', { sent: survey.data.sent, answers: survey.data.answers, average: survey.data.average ?? '—' })}
            </Text>
          )}
          {surveyGroups.length > 0 && (
            <>
              <BarChart
                categories={surveyGroups.map((group) => groupName(group.group))}
                series={[{ name: t('inquiryReports.survey.average'), values: surveyGroups.map((group) => group.average) }]}
                label={t('inquiryReports.survey.average')}
                testId="survey-chart"
              />
              <Table striped data-testid="survey-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('inquiryReports.groupColumn')}</Table.Th>
                    <Table.Th>{t('inquiryReports.survey.answers')}</Table.Th>
                    <Table.Th>{t('inquiryReports.survey.average')}</Table.Th>
                    {[1, 2, 3, 4, 5].map((score) => (
                      <Table.Th key={score}>{score}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {surveyGroups.map((group) => (
                    <Table.Tr key={group.group} data-testid="survey-row">
                      <Table.Td>{groupName(group.group)}</Table.Td>
                      <Table.Td>{group.answers}</Table.Td>
                      <Table.Td>{group.average ?? '—'}</Table.Td>
                      {group.scores.map((count, index) => (
                        <Table.Td key={index}>{count}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
