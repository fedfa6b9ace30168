import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  CloseButton,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconFileExport, IconSearch, IconSelector } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import {
  type ExportTarget,
  findMembers,
  findRequestId,
  itemListSearch,
  type MemberCandidate,
  SORTABLE,
  useItemFields,
  useItemList,
} from './api';
import { ExportDialog } from './ExportDialog';
import { MissingMarker, PriceCells } from './parts';
import { dateTime, itemName } from './format';

type SortColumn = (typeof SORTABLE)[number];
/** Parameters that decide which items match (a change of them drops the selection); page and sort do not. */
const FILTER_PARAMS = ['requestId', 'memberId', 'q', 'listed'] as const;

/**
 * 委託品一覧: filter by request, member, text and whether listed; sort and page (all in the URL);
 * pick rows, or everything matching the filter, and export them for listing.
 */
export function ItemListPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('adminItems.list.title'));
  const [params, setParams] = useSearchParams();
  const search = itemListSearch(params);
  const list = useItemList(search);
  const fields = useItemFields();
  const [typedRequest, setTypedRequest] = useState(params.get('requestId') ?? '');
  const [typedMember, setTypedMember] = useState(params.get('memberId') ?? '');
  const [typedText, setTypedText] = useState(params.get('q') ?? '');
  const [candidates, setCandidates] = useState<MemberCandidate[] | null>(null);
  const [finding, setFinding] = useState(false);
  const [findProblem, setFindProblem] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);

  // The selection belongs to one filter: a new filter starts with nothing selected.
  const filterKey = FILTER_PARAMS.map((key) => `${key}=${params.get(key) ?? ''}`).join('&');
  const [selection, setSelection] = useState<{ filterKey: string; ids: Set<string>; allMatching: boolean }>({
    filterKey,
    ids: new Set(),
    allMatching: false,
  });
  const current = selection.filterKey === filterKey ? selection : { filterKey, ids: new Set<string>(), allMatching: false };

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const applyFilter = async (event: FormEvent) => {
    event.preventDefault();
    setFindProblem(null);
    setCandidates(null);
    setFinding(true);
    try {
      const request = typedRequest.trim();
      const member = typedMember.trim();
      const requestId = request ? (request === params.get('requestId') ? request : await findRequestId(request)) : null;
      let memberId: string | null = null;
      if (member) {
        if (member === params.get('memberId')) memberId = member;
        else {
          const found = await findMembers(member);
          const exact = found.find((candidate) => candidate.id === member);
          if (exact || found.length === 0) memberId = member;
          else if (found.length === 1) memberId = found[0].id;
          else {
            setCandidates(found);
            return;
          }
        }
      }
      update({ requestId, memberId, q: typedText.trim() || null });
    } catch (error) {
      setFindProblem(error);
    } finally {
      setFinding(false);
    }
  };

  const pickMember = (candidate: MemberCandidate) => {
    setCandidates(null);
    setTypedMember(candidate.id);
    update({ memberId: candidate.id, requestId: params.get('requestId'), q: typedText.trim() || null });
  };

  const [sortField, sortDirection] = (params.get('sort') ?? 'createdAt,desc').split(',');
  const sortBy = (column: SortColumn) => {
    const direction = sortField === column && sortDirection === 'asc' ? 'desc' : 'asc';
    update({ sort: `${column},${direction}` });
  };
  const header = (column: SortColumn, label: string) => {
    const Icon = sortField !== column ? IconSelector : sortDirection === 'asc' ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th aria-sort={sortField === column ? (sortDirection === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton onClick={() => sortBy(column)} data-testid={`sort-${column}`}>
          <Group gap={4} wrap="nowrap">
            {label}
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  const rows = useMemo(() => list.data?.content ?? [], [list.data]);
  const page = list.data?.page;
  const total = page?.totalElements ?? 0;
  const pageIds = rows.map((item) => item.id);
  const pageSelected = pageIds.length > 0 && (current.allMatching || pageIds.every((id) => current.ids.has(id)));
  const somePageSelected = !pageSelected && pageIds.some((id) => current.ids.has(id));
  const selectedCount = current.allMatching ? total : current.ids.size;

  const toggle = (id: string) => {
    const ids = new Set(current.allMatching ? pageIds : current.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    setSelection({ filterKey, ids, allMatching: false });
  };
  const togglePage = () => {
    if (pageSelected) {
      const ids = new Set(current.allMatching ? [] : current.ids);
      for (const id of pageIds) ids.delete(id);
      setSelection({ filterKey, ids, allMatching: false });
    } else {
      setSelection({ filterKey, ids: new Set([...current.ids, ...pageIds]), allMatching: false });
    }
  };
  const clearSelection = () => setSelection({ filterKey, ids: new Set(), allMatching: false });

  const listed = params.get('listed');
  const target: ExportTarget = current.allMatching
    ? {
        filter: {
          ...(params.get('requestId') ? { requestId: params.get('requestId')! } : {}),
          ...(params.get('memberId') ? { memberId: params.get('memberId')! } : {}),
          ...(listed ? { listed: listed === 'true' } : {}),
          ...(params.get('q') ? { q: params.get('q')! } : {}),
        },
      }
    : { itemIds: [...current.ids] };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('adminItems.list.title')}</Title>
        <Tooltip label={t('adminItems.list.exportHint')} disabled={selectedCount > 0}>
          <Button
            leftSection={<IconFileExport size={18} aria-hidden />}
            onClick={() => setExporting(true)}
            disabled={selectedCount === 0}
            data-testid="export-open"
          >
            {t('adminItems.list.export', { count: selectedCount })}
          </Button>
        </Tooltip>
      </Group>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(event) => void applyFilter(event)} role="search">
          <Group align="end">
            <TextInput
              label={t('adminItems.filter.request')}
              placeholder={t('adminItems.filter.requestPlaceholder')}
              value={typedRequest}
              onChange={(event) => setTypedRequest(event.currentTarget.value)}
              w={200}
              data-testid="filter-request"
            />
            <TextInput
              label={t('adminItems.filter.member')}
              placeholder={t('adminItems.filter.memberPlaceholder')}
              value={typedMember}
              onChange={(event) => setTypedMember(event.currentTarget.value)}
              w={220}
              data-testid="filter-member"
            />
            <TextInput
              label={t('adminItems.filter.text')}
              placeholder={t('adminItems.filter.textPlaceholder')}
              value={typedText}
              onChange={(event) => setTypedText(event.currentTarget.value)}
              leftSection={<IconSearch size={16} aria-hidden />}
              w={260}
              data-testid="filter-text"
            />
            <Button type="submit" loading={finding} data-testid="filter-apply">
              {t('adminItems.filter.apply')}
            </Button>
            <NativeSelect
              label={t('adminItems.filter.listed')}
              data={[
                { value: '', label: t('adminItems.filter.listedAny') },
                { value: 'true', label: t('adminItems.filter.listedYes') },
                { value: 'false', label: t('adminItems.filter.listedNo') },
              ]}
              value={listed ?? ''}
              onChange={(event) => update({ listed: event.currentTarget.value || null })}
              data-testid="filter-listed"
            />
          </Group>
        </form>
        {candidates && (
          <Stack gap={4} mt="sm" data-testid="member-candidates">
            <Text size="sm">{t('adminItems.filter.pickMember')}</Text>
            <Group gap="xs">
              {candidates.map((candidate) => (
                <Button key={candidate.id} size="xs" variant="light" onClick={() => pickMember(candidate)}>
                  {candidate.name || candidate.id}
                  {candidate.email ? ` <${candidate.email}>` : ''}
                </Button>
              ))}
            </Group>
          </Stack>
        )}
        {findProblem !== null && <ProblemDetails problem={problemOf(findProblem)} />}
        {(params.get('requestId') || params.get('memberId')) && (
          <Group gap="xs" mt="sm">
            {params.get('requestId') && (
              <Badge
                variant="outline"
                rightSection={
                  <CloseButton size="xs" aria-label={t('adminItems.filter.clear')} onClick={() => {
                      setTypedRequest('');
                      update({ requestId: null });
                    }} />
                }
                data-testid="filter-chip-request"
              >
                {t('adminItems.filter.requestChip', { request: rows.find((item) => item.requestId === params.get('requestId'))?.requestNumber ?? params.get('requestId') })}
              </Badge>
            )}
            {params.get('memberId') && (
              <Badge
                variant="outline"
                rightSection={
                  <CloseButton size="xs" aria-label={t('adminItems.filter.clear')} onClick={() => {
                      setTypedMember('');
                      update({ memberId: null });
                    }} />
                }
                data-testid="filter-chip-member"
              >
                {t('adminItems.filter.memberChip', { member: rows.find((item) => item.memberId === params.get('memberId'))?.memberName ?? params.get('memberId') })}
              </Badge>
            )}
          </Group>
        )}
      </Paper>

      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="item-total">
              {t('adminItems.list.total', { count: total })}
            </Text>
          </Group>
          {(selectedCount > 0 || pageSelected) && (
            <Alert variant="light" color="blue" data-testid="selection-bar">
              <Group gap="sm">
                <Text size="sm" data-testid="selection-count">
                  {current.allMatching ? t('adminItems.list.allMatchingSelected', { count: total }) : t('adminItems.list.selected', { count: selectedCount })}
                </Text>
                {pageSelected && !current.allMatching && total > pageIds.length && (
                  <Button size="compact-sm" variant="subtle" onClick={() => setSelection({ filterKey, ids: new Set(), allMatching: true })} data-testid="select-all-matching">
                    {t('adminItems.list.selectAllMatching', { count: total })}
                  </Button>
                )}
                <Button size="compact-sm" variant="subtle" color="gray" onClick={clearSelection} data-testid="selection-clear">
                  {t('adminItems.list.clearSelection')}
                </Button>
              </Group>
            </Alert>
          )}
          <Table.ScrollContainer minWidth={1000}>
            <Table highlightOnHover striped data-testid="item-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      checked={pageSelected}
                      indeterminate={somePageSelected}
                      onChange={togglePage}
                      aria-label={t('adminItems.list.selectPage')}
                      data-testid="select-page"
                    />
                  </Table.Th>
                  {header('number', t('adminItems.column.number'))}
                  <Table.Th>{t('adminItems.column.name')}</Table.Th>
                  <Table.Th>{t('adminItems.column.request')}</Table.Th>
                  <Table.Th>{t('adminItems.column.member')}</Table.Th>
                  <Table.Th>{t('adminItems.column.missing')}</Table.Th>
                  <Table.Th ta="right">{t('adminItems.column.currentBid')}</Table.Th>
                  <Table.Th ta="right">{t('adminItems.column.hammerPrice')}</Table.Th>
                  {header('createdAt', t('adminItems.column.createdAt'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((item) => {
                  const name = itemName(item);
                  const memberName = typeof item.values.name === 'string' ? item.values.name : '';
                  return (
                    <Table.Tr key={item.id} data-testid="item-row" data-item={item.id}>
                      <Table.Td>
                        <Checkbox
                          checked={current.allMatching || current.ids.has(item.id)}
                          onChange={() => toggle(item.id)}
                          aria-label={t('adminItems.list.selectItem', { number: item.number })}
                          data-testid="select-item"
                        />
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/items/${item.id}`} ff="monospace">
                          {item.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{name}</Text>
                        {memberName && memberName !== name && (
                          <Text size="xs" c="dimmed">
                            {memberName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/requests/${item.requestId}`} size="sm">
                          {item.requestNumber}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/members/${item.memberId}`} size="sm">
                          {item.memberName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <MissingMarker item={item} fields={fields.data?.config.fields} />
                      </Table.Td>
                      <PriceCells item={item} />
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{dateTime(item.createdAt, i18n.language)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {rows.length === 0 && <Text data-testid="item-none">{t('adminItems.list.none')}</Text>}
          {page && page.totalPages > 1 && (
            <Pagination
              total={page.totalPages}
              value={page.number + 1}
              onChange={(value) => update({ page: String(value - 1) })}
              getControlProps={(control) => ({ 'aria-label': t(`adminItems.list.${control}Page`) })}
            />
          )}
        </>
      )}
      {exporting && <ExportDialog onClose={() => setExporting(false)} target={target} count={selectedCount} />}
    </Stack>
  );
}
