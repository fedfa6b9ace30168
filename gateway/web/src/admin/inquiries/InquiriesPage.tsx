import { ActionIcon, Alert, Anchor, Badge, Button, Checkbox, Group, Menu, Pagination, Paper, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconBookmark, IconSearch, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { problemOf, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import {
  bulk,
  type BulkAction,
  type BulkResult,
  CHANNELS,
  deleteFilter,
  type InboxFilter,
  type InboxTab,
  INQUIRIES_KEY,
  saveFilter,
  type SavedFilter,
  TABS,
  useCounts,
  useInquiryList,
  useLabels,
  useSavedFilters,
  useStaff,
} from './api';
import { CustomerName, formatRelative, isLive, Labels, LockBadge, StateBadge, UnansweredBadge } from './parts';

const PAGE_SIZE = 30;
const FILTER_KEYS = ['label', 'channel', 'assignee', 'q', 'unanswered'] as const;

/** The tab a query belongs to: its state, or "mine" / "unassigned" by assignee. */
function tabOf(params: URLSearchParams): InboxTab {
  const tab = params.get('tab');
  return (TABS as readonly string[]).includes(tab ?? '') ? (tab as InboxTab) : 'NEW';
}

function filterOf(params: URLSearchParams): InboxFilter {
  const tab = tabOf(params);
  const filter: InboxFilter = { page: params.get('page'), size: PAGE_SIZE, sort: 'lastMessageAt,desc' };
  for (const key of FILTER_KEYS) filter[key] = params.get(key);
  if (tab === 'mine') filter.assignee = 'me';
  else if (tab === 'unassigned') filter.assignee = 'none';
  else filter.state = tab;
  return filter;
}

function SavedFilters({ params, onApply }: { params: URLSearchParams; onApply: (filter: SavedFilter) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const filters = useSavedFilters();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const reload = () => queryClient.invalidateQueries({ queryKey: [...INQUIRIES_KEY, 'filters'] });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setProblem(null);
    const tab = tabOf(params);
    const isState = tab !== 'mine' && tab !== 'unassigned';
    try {
      await saveFilter(name.trim(), {
        state: isState ? tab : null,
        assignee: tab === 'mine' ? 'me' : tab === 'unassigned' ? 'none' : params.get('assignee'),
        label: params.get('label'),
        channel: params.get('channel'),
        q: params.get('q'),
        unanswered: params.get('unanswered') === 'true' ? true : null,
      });
      setName('');
      await reload();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  return (
    <Stack gap={6} data-testid="saved-filters">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('inquiries.filters.saved')}
        </Text>
        {filters.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('inquiries.filters.none')}
          </Text>
        )}
        {filters.data?.map((filter) => (
          <Group key={filter.id} gap={0} wrap="nowrap">
            <Button size="compact-sm" variant="light" leftSection={<IconBookmark size={14} aria-hidden />} onClick={() => onApply(filter)} data-testid="saved-filter">
              {filter.name}
            </Button>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('inquiries.filters.delete', { name: filter.name })}
              onClick={() => void deleteFilter(filter.id).then(reload, (error: unknown) => setProblem(problemOf(error)))}
              data-testid="saved-filter-delete"
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        ))}
        <form onSubmit={(event) => void save(event)}>
          <Group gap={4} wrap="nowrap">
            <TextInput size="xs" placeholder={t('inquiries.filters.namePlaceholder')} aria-label={t('inquiries.filters.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} data-testid="saved-filter-name" />
            <Button size="compact-sm" type="submit" variant="default" data-testid="saved-filter-save">
              {t('inquiries.filters.save')}
            </Button>
          </Group>
        </form>
      </Group>
      {problem && <ProblemDetails problem={problem} />}
    </Stack>
  );
}

function BulkBar({ selected, onDone }: { selected: string[]; onDone: (results: BulkResult[]) => void }) {
  const { t } = useTranslation();
  const staff = useStaff();
  const labels = useLabels();
  const [busy, setBusy] = useState(false);
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const run = async (action: BulkAction, extra: { assigneeId?: string | null; label?: string } = {}) => {
    setBusy(true);
    setProblem(null);
    try {
      onDone(await bulk(selected, action, extra));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" radius="md" bg="blue.0" data-testid="bulk-bar">
      <Group gap="sm" wrap="wrap">
        <Text fw={700} size="sm">
          {t('inquiries.bulk.selected', { count: selected.length })}
        </Text>
        <Menu>
          <Menu.Target>
            <Button size="xs" variant="default" loading={busy} data-testid="bulk-assign">
              {t('inquiries.bulk.assign')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void run('ASSIGN', { assigneeId: null })} data-testid="bulk-assign-none">
              {t('inquiries.assignee.none')}
            </Menu.Item>
            {staff.data?.map((person) => (
              <Menu.Item key={person.id} onClick={() => void run('ASSIGN', { assigneeId: person.id })} data-testid="bulk-assign-to">
                {person.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Group gap={4} wrap="nowrap">
          <Select
            size="xs"
            searchable
            placeholder={t('inquiries.bulk.labelPlaceholder')}
            aria-label={t('inquiries.bulk.labelPlaceholder')}
            data={labels.data?.map((entry) => entry.label) ?? []}
            value={label || null}
            onChange={(value) => setLabel(value ?? '')}
            onSearchChange={(value) => value && setLabel(value)}
            data-testid="bulk-label-input"
          />
          <Button size="xs" variant="default" disabled={!label.trim()} loading={busy} onClick={() => void run('LABEL', { label: label.trim() })} data-testid="bulk-label">
            {t('inquiries.bulk.label')}
          </Button>
          <Button size="xs" variant="subtle" disabled={!label.trim()} loading={busy} onClick={() => void run('UNLABEL', { label: label.trim() })} data-testid="bulk-unlabel">
            {t('inquiries.bulk.unlabel')}
          </Button>
        </Group>
        <Button size="xs" color="gray" loading={busy} onClick={() => void run('CLOSE')} data-testid="bulk-close">
          {t('inquiries.bulk.close')}
        </Button>
      </Group>
      {problem && <ProblemDetails problem={problem} />}
    </Paper>
  );
}

/**
 * 問い合わせ受信箱: tabs per state with counts, "mine" and "unassigned"; filters by label, channel,
 * assignee and words; saved filters; bulk assign / label / close. Who is replying shows on each row.
 */
export function InquiriesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('inquiries.title'));
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params);
  const list = useInquiryList(filterOf(params));
  const counts = useCounts();
  const staff = useStaff();
  const labels = useLabels();
  const [selected, setSelected] = useState<string[]>([]);
  const [results, setResults] = useState<BulkResult[] | null>(null);
  const [q, setQ] = useState(params.get('q') ?? '');

  useEffect(() => setSelected([]), [params]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const apply = (filter: SavedFilter) => {
    const next = new URLSearchParams();
    const { query } = filter;
    const assignee = query.assignee ?? null;
    next.set('tab', assignee === 'me' ? 'mine' : assignee === 'none' ? 'unassigned' : (query.state ?? 'NEW'));
    if (assignee && assignee !== 'me' && assignee !== 'none') next.set('assignee', assignee);
    if (query.label) next.set('label', query.label);
    if (query.channel) next.set('channel', query.channel);
    if (query.q) next.set('q', query.q);
    if (query.unanswered) next.set('unanswered', 'true');
    setQ(query.q ?? '');
    setParams(next);
  };

  const rows = list.data?.content ?? [];
  const allSelected = rows.length > 0 && rows.every((row) => selected.includes(row.id));
  const byTab = tab === 'mine' || tab === 'unassigned';

  return (
    <Stack gap="md" data-testid="inquiries-page">
      <Title order={1} size="h2">
        {t('inquiries.title')}
      </Title>

      <Tabs value={tab} onChange={(value) => update({ tab: value })}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab
              key={name}
              value={name}
              data-testid={`tab-${name}`}
              rightSection={
                <Badge size="sm" variant={name === 'NEW' && (counts.data?.NEW ?? 0) > 0 ? 'filled' : 'light'} color={name === 'NEW' ? 'red' : 'gray'} data-testid={`count-${name}`}>
                  {counts.data?.[name] ?? '–'}
                </Badge>
              }
            >
              {t(`inquiries.tab.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      <Group gap="sm" align="flex-end" wrap="wrap">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            update({ q: q.trim() || null });
          }}
        >
          <TextInput
            label={t('inquiries.filters.search')}
            placeholder={t('inquiries.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            w={280}
            data-testid="inquiry-search"
          />
        </form>
        <Select
          label={t('inquiries.filters.label')}
          clearable
          searchable
          data={labels.data?.map((entry) => ({ value: entry.label, label: `${entry.label} (${entry.count})` })) ?? []}
          value={params.get('label')}
          onChange={(value) => update({ label: value })}
          w={180}
          data-testid="filter-label"
        />
        <Select
          label={t('inquiries.filters.channel')}
          clearable
          data={CHANNELS.map((channel) => ({ value: channel, label: t(`inquiries.channel.${channel}`) }))}
          value={params.get('channel')}
          onChange={(value) => update({ channel: value })}
          w={180}
          data-testid="filter-channel"
        />
        <Select
          label={t('inquiries.filters.assignee')}
          clearable
          disabled={byTab}
          data={[{ value: 'none', label: t('inquiries.assignee.none') }, ...(staff.data?.map((person) => ({ value: person.id, label: person.name })) ?? [])]}
          value={byTab ? null : params.get('assignee')}
          onChange={(value) => update({ assignee: value })}
          w={180}
          data-testid="filter-assignee"
        />
        <Checkbox
          label={t('inquiries.filters.unansweredOnly')}
          checked={params.get('unanswered') === 'true'}
          onChange={(event) => update({ unanswered: event.currentTarget.checked ? 'true' : null })}
          mb={8}
          data-testid="filter-unanswered"
        />
      </Group>

      <SavedFilters params={params} onApply={apply} />

      {selected.length > 0 && (
        <BulkBar
          selected={selected}
          onDone={(done) => {
            setResults(done);
            setSelected([]);
            void queryClient.invalidateQueries({ queryKey: INQUIRIES_KEY });
          }}
        />
      )}
      {results && (
        <Alert
          color={results.every((result) => result.done) ? 'teal' : 'orange'}
          withCloseButton
          onClose={() => setResults(null)}
          data-testid="bulk-results"
          title={t('inquiries.bulk.result', { done: results.filter((result) => result.done).length, total: results.length })}
        >
          {results
            .filter((result) => !result.done)
            .map((result) => (
              <Text size="sm" key={result.inquiryId} data-testid="bulk-failure">
                {result.number}: {result.problem?.detail ?? result.problem?.code ?? t('inquiries.bulk.failed')}
              </Text>
            ))}
        </Alert>
      )}

      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && rows.length === 0 && (
        <Text c="dimmed" data-testid="inquiries-empty">
          {t('inquiries.list.empty')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing="xs" data-testid="inquiry-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>
                  <Checkbox
                    aria-label={t('inquiries.bulk.selectAll')}
                    checked={allSelected}
                    indeterminate={!allSelected && rows.some((row) => selected.includes(row.id))}
                    onChange={() => setSelected(allSelected ? [] : rows.map((row) => row.id))}
                    data-testid="select-all"
                  />
                </Table.Th>
                <Table.Th>{t('inquiries.list.customer')}</Table.Th>
                <Table.Th>{t('inquiries.list.subject')}</Table.Th>
                <Table.Th>{t('inquiries.list.assignee')}</Table.Th>
                <Table.Th>{t('inquiries.list.lastMessage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((inquiry) => (
                <Table.Tr key={inquiry.id} data-testid="inquiry-row" data-id={inquiry.id} data-number={inquiry.number} bg={inquiry.unanswered ? 'red.0' : undefined}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('inquiries.bulk.select', { number: inquiry.number })}
                      checked={selected.includes(inquiry.id)}
                      onChange={(event) => {
                        const checked = event.currentTarget.checked;
                        setSelected((current) => (checked ? [...current, inquiry.id] : current.filter((id) => id !== inquiry.id)));
                      }}
                      data-testid="select-inquiry"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <CustomerName inquiry={inquiry} />
                      <Text size="xs" c="dimmed">
                        {t(`inquiries.channel.${inquiry.channel}`, { defaultValue: inquiry.channel })}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Group gap={6} wrap="wrap">
                        <Text size="xs" ff="monospace" c="dimmed">
                          {inquiry.number}
                        </Text>
                        <Anchor component={Link} to={`/inquiries/${encodeURIComponent(inquiry.id)}`} fw={inquiry.unanswered ? 700 : 500} data-testid="inquiry-link">
                          {inquiry.subject || t('inquiries.list.noSubject')}
                        </Anchor>
                        {tab !== inquiry.state && <StateBadge state={inquiry.state} />}
                        {inquiry.unanswered && <UnansweredBadge />}
                        {isLive(inquiry.lock) && <LockBadge lock={inquiry.lock} />}
                      </Group>
                      <Labels labels={inquiry.labels} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={inquiry.assignee ? undefined : 'dimmed'} data-testid="inquiry-assignee">
                      {inquiry.assignee?.name ?? t('inquiries.assignee.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" title={inquiry.lastMessageAt}>
                      {formatRelative(inquiry.lastMessageAt, i18n.language)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {(list.data?.page.totalPages ?? 0) > 1 && (
        <Pagination total={list.data!.page.totalPages} value={list.data!.page.number + 1} onChange={(value) => update({ page: String(value - 1) })} />
      )}
    </Stack>
  );
}
