import { Alert, Badge, Button, Center, Code, Drawer, Group, Loader, Pagination, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconRefresh, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { problemOf, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { useKindLabel } from './MailTemplatesPage';
import { DELIVERIES_KEY, type Delivery, type DeliveryFilter, type DeliveryState, resendDelivery, useDeliveries, useDelivery } from './api';

const STATES: DeliveryState[] = ['QUEUED', 'SENT', 'FAILED', 'BOUNCED'];
const KINDS = ['confirmation-link', 'request-status', 'verification-result', 'change-request-decision', 'inquiry-reply', 'inquiry-acknowledgement', 'inquiry-survey'];
const STATE_COLOR: Record<DeliveryState, string> = { QUEUED: 'gray', SENT: 'green', FAILED: 'red', BOUNCED: 'orange' };
const FILTER_KEYS = ['memberId', 'kind', 'state', 'to', 'from', 'until', 'q'] as const;

/** The start of a day picked in the browser's time zone, as ISO; `plusDays` 1 makes "until" include the day. */
function dayStart(day: string, plusDays: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays).toISOString();
}

/** 送信履歴: staff search every mail sent (or not) and send a failed one again. */
export function DeliveryLogPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('mailAdmin.deliveries.title'));
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filter: DeliveryFilter = { page: Number(params.get('page') ?? '0') || 0 };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = key === 'from' || key === 'until' ? dayStart(value, key === 'until' ? 1 : 0) : value;
  }
  const [form, setForm] = useState<Record<string, string>>(() => Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])));
  const deliveries = useDeliveries(filter);
  const [opened, setOpened] = useState<string | null>(null);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [resent, setResent] = useState<string | null>(null);

  const kindLabel = useKindLabel();
  const at = (value: string | null) => (value ? new Date(value).toLocaleString(i18n.language) : '—');
  const search = () => {
    const next: Record<string, string> = {};
    for (const key of FILTER_KEYS) if (form[key]) next[key] = form[key];
    setParams(next);
  };
  const resend = async (delivery: Delivery) => {
    setProblem(null);
    setResent(null);
    try {
      await resendDelivery(delivery.id);
      setResent(delivery.id);
      void queryClient.invalidateQueries({ queryKey: DELIVERIES_KEY });
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  const set = (key: string) => (value: string | null) => setForm({ ...form, [key]: value ?? '' });

  return (
    <Stack gap="md">
      <Title order={1}>{t('mailAdmin.deliveries.title')}</Title>
      <Text c="dimmed">{t('mailAdmin.deliveries.intro')}</Text>
      <Paper withBorder p="sm">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            search();
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('mailAdmin.deliveries.q')} value={form.q} onChange={(e) => set('q')(e.currentTarget.value)} data-testid="filter-q" />
            <Select label={t('mailAdmin.deliveries.kind')} clearable data={KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))} value={form.kind || null} onChange={set('kind')} data-testid="filter-kind" />
            <Select label={t('mailAdmin.deliveries.state')} clearable data={STATES.map((state) => ({ value: state, label: t(`mailAdmin.state.${state}`) }))} value={form.state || null} onChange={set('state')} data-testid="filter-state" />
            <TextInput label={t('mailAdmin.deliveries.to')} value={form.to} onChange={(e) => set('to')(e.currentTarget.value)} data-testid="filter-to" />
            <TextInput label={t('mailAdmin.deliveries.memberId')} value={form.memberId} onChange={(e) => set('memberId')(e.currentTarget.value)} data-testid="filter-member" />
            <TextInput type="date" label={t('mailAdmin.deliveries.from')} value={form.from} onChange={(e) => set('from')(e.currentTarget.value)} data-testid="filter-from" />
            <TextInput type="date" label={t('mailAdmin.deliveries.until')} value={form.until} onChange={(e) => set('until')(e.currentTarget.value)} data-testid="filter-until" />
            <Button type="submit" leftSection={<IconSearch size={16} />} data-testid="filter-search">
              {t('mailAdmin.deliveries.search')}
            </Button>
          </Group>
        </form>
      </Paper>
      {resent && (
        <Alert color="green" data-testid="resend-done">
          {t('mailAdmin.deliveries.resent')}
        </Alert>
      )}
      {problem && <ProblemDetails problem={problem} />}
      {deliveries.isError ? (
        <QueryProblem error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : !deliveries.data ? (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : deliveries.data.content.length === 0 ? (
        <Text c="dimmed" data-testid="deliveries-empty">
          {t('mailAdmin.deliveries.empty')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('mailAdmin.deliveries.count', { count: deliveries.data.page.totalElements })}
          </Text>
          <Table striped highlightOnHover data-testid="deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mailAdmin.deliveries.queuedAt')}</Table.Th>
                <Table.Th>{t('mailAdmin.deliveries.kind')}</Table.Th>
                <Table.Th>{t('mailAdmin.deliveries.to')}</Table.Th>
                <Table.Th>{t('mailAdmin.deliveries.subject')}</Table.Th>
                <Table.Th>{t('mailAdmin.deliveries.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.content.map((delivery) => (
                <Table.Tr key={delivery.id} data-testid="delivery-row" data-id={delivery.id}>
                  <Table.Td>{at(delivery.queuedAt)}</Table.Td>
                  <Table.Td>{kindLabel(delivery.kind)}</Table.Td>
                  <Table.Td>{delivery.to ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => setOpened(delivery.id)} data-testid="delivery-open">
                      {delivery.subject ?? t('mailAdmin.deliveries.noSubject')}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[delivery.state]} data-testid="delivery-state">
                      {t(`mailAdmin.state.${delivery.state}`)}
                    </Badge>
                    {delivery.lastError && (
                      <Text size="xs" c="red" lineClamp={2} title={delivery.lastError}>
                        {delivery.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {delivery.resendable && (
                      <Button size="compact-sm" leftSection={<IconRefresh size={14} />} onClick={() => void resend(delivery)} data-testid="delivery-resend">
                        {t('mailAdmin.deliveries.resend')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {deliveries.data.page.totalPages > 1 && (
            <Pagination total={deliveries.data.page.totalPages} value={(filter.page ?? 0) + 1} onChange={(page) => setParams({ ...Object.fromEntries(params), page: String(page - 1) })} />
          )}
        </>
      )}
      <Drawer opened={!!opened} onClose={() => setOpened(null)} position="right" size="xl" title={t('mailAdmin.deliveries.detail')}>
        {opened && <DeliveryDetailView id={opened} at={at} />}
      </Drawer>
    </Stack>
  );
}

function DeliveryDetailView({ id, at }: { id: string; at: (value: string | null) => string }) {
  const { t } = useTranslation();
  const detail = useDelivery(id);
  if (detail.isError) return <QueryProblem error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Loader aria-label={t('app.loading')} />;
  const { delivery, text, html } = detail.data;
  return (
    <Stack gap="xs" data-testid="delivery-detail">
      <Text>
        <b>{t('mailAdmin.deliveries.to')}:</b> {delivery.toName ? `${delivery.toName} <${delivery.to}>` : delivery.to}
      </Text>
      <Text>
        <b>{t('mailAdmin.deliveries.subject')}:</b> {delivery.subject}
      </Text>
      <Text size="sm">
        {t('mailAdmin.deliveries.attempts', { count: delivery.attempts })} · {t('mailAdmin.deliveries.queuedAt')}: {at(delivery.queuedAt)} · {t('mailAdmin.deliveries.sentAt')}: {at(delivery.sentAt)}
      </Text>
      {delivery.relatedType && (
        <Text size="sm" c="dimmed">
          {delivery.relatedType}: {delivery.relatedId}
        </Text>
      )}
      {delivery.lastError && <Alert color="red">{delivery.lastError}</Alert>}
      {text ? (
        <Code block data-testid="delivery-text">
          {text}
        </Code>
      ) : (
        <Text c="dimmed">{t('mailAdmin.deliveries.noBody')}</Text>
      )}
      {html && <iframe title="html" sandbox="" srcDoc={html} style={{ width: '100%', height: 360, border: '1px solid #ddd' }} />}
    </Stack>
  );
}
