import { Anchor, Checkbox, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { ATTENTION_KINDS, type RequestTypeConfig, type RequestView, useRequestList } from './api';
import { RequestFlags, RequestStatusBadge, useLocalized } from './parts';
import { MemberLink, SinceAndDue } from './RequestCard';

export const LIST_PAGE_SIZE = 20;

interface Props {
  config: RequestTypeConfig;
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
  selected: ReadonlySet<string>;
  onToggle: (request: RequestView) => void;
  onToggleAll: (requests: RequestView[], select: boolean) => void;
}

/** The plain list of one type's requests, for when the board is too big: filters and pages. */
export function RequestTable({ config, params, update, selected, onToggle, onToggleAll }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const list = useRequestList({
    type: config.type,
    status: params.get('status'),
    attention: params.get('attention'),
    onHold: params.get('onHold'),
    q: params.get('q'),
    page: Number(params.get('page') ?? 0) || 0,
    size: LIST_PAGE_SIZE,
  });
  const rows = list.data?.content ?? [];
  const chosen = rows.filter((request) => selected.has(request.id)).length;
  const page = list.data?.page;
  const statusOptions = [...config.statuses]
    .sort((a, b) => a.order - b.order)
    .map((status) => ({ value: status.code, label: status.retired ? t('adminRequests.status.retiredName', { name: localized(status.name, status.code) }) : localized(status.name, status.code) }));

  return (
    <Stack gap="sm" data-testid="request-list">
      <Group align="end">
        <Select
          label={t('adminRequests.list.status')}
          placeholder={t('adminRequests.list.any')}
          data={statusOptions}
          value={params.get('status')}
          onChange={(value) => update({ status: value })}
          clearable
          data-testid="list-filter-status"
        />
        <Select
          label={t('adminRequests.list.attention')}
          placeholder={t('adminRequests.list.any')}
          data={ATTENTION_KINDS.map((kind) => ({ value: kind, label: t(`adminRequests.attention.${kind}`) }))}
          value={params.get('attention')}
          onChange={(value) => update({ attention: value })}
          clearable
          data-testid="list-filter-attention"
        />
        <Select
          label={t('adminRequests.list.onHold')}
          placeholder={t('adminRequests.list.any')}
          data={[
            { value: 'true', label: t('adminRequests.list.onHoldYes') },
            { value: 'false', label: t('adminRequests.list.onHoldNo') },
          ]}
          value={params.get('onHold')}
          onChange={(value) => update({ onHold: value })}
          clearable
          data-testid="list-filter-hold"
        />
      </Group>
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="request-total">
            {t('adminRequests.list.total', { count: page?.totalElements ?? 0 })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      size="xs"
                      checked={rows.length > 0 && chosen === rows.length}
                      indeterminate={chosen > 0 && chosen < rows.length}
                      disabled={rows.length === 0}
                      onChange={() => onToggleAll(rows, chosen < rows.length)}
                      aria-label={t('adminRequests.list.selectPage')}
                      data-testid="list-select-all"
                    />
                  </Table.Th>
                  <Table.Th>{t('adminRequests.list.number')}</Table.Th>
                  <Table.Th>{t('adminRequests.list.member')}</Table.Th>
                  <Table.Th>{t('adminRequests.list.status')}</Table.Th>
                  <Table.Th>{t('adminRequests.list.sinceDue')}</Table.Th>
                  <Table.Th>{t('adminRequests.list.flags')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((request) => (
                  <Table.Tr key={request.id} data-testid="request-row" data-request={request.id}>
                    <Table.Td>
                      <Checkbox
                        size="xs"
                        checked={selected.has(request.id)}
                        onChange={() => onToggle(request)}
                        aria-label={t('adminRequests.board.select', { number: request.number })}
                        data-testid="request-select"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/requests/${encodeURIComponent(request.id)}`} fw={700} ff="monospace">
                        {request.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <MemberLink request={request} />
                    </Table.Td>
                    <Table.Td>
                      <RequestStatusBadge status={request.status} />
                    </Table.Td>
                    <Table.Td>
                      <SinceAndDue request={request} />
                    </Table.Td>
                    <Table.Td>
                      <RequestFlags request={request} holdNote={false} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {rows.length === 0 && <Text data-testid="request-none">{t('adminRequests.list.none')}</Text>}
          {page && page.totalPages > 1 && (
            <Pagination
              total={page.totalPages}
              value={page.number + 1}
              onChange={(value) => update({ page: String(value - 1) })}
              getControlProps={(control) => ({ 'aria-label': t(`adminRequests.list.${control}Page`) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
