import { Center, Group, Loader, SegmentedControl, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconLayoutKanban, IconList, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type BulkResult, REQUESTS_QUERY_KEY, type RequestTypeConfig, type RequestView, useBoard, useRequestTypes } from './api';
import { BulkMoveBar, BulkResults } from './BulkMove';
import { useLocalized } from './parts';
import { RequestBoard } from './RequestBoard';
import { RequestTable } from './RequestTable';
import { StartRequestButton } from './StartRequest';

type View = 'board' | 'list';

/**
 * 依頼ボード: per request type, one column per status with the requests in it, badges for what must
 * not be missed, and moving many requests at once; a plain list with filters and pages for when the
 * board is too big. Type, view, filter and page are in the URL.
 */
export function RequestsPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  useDocumentTitle(t('adminRequests.board.title'));
  const types = useRequestTypes();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? types.data?.[0]?.type ?? null;
  const view: View = params.get('view') === 'list' ? 'list' : 'board';
  const config = types.data?.find((candidate) => candidate.type === type);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  if (types.isError) return <QueryProblem error={types.error} onRetry={() => void types.refetch()} />;
  if (!types.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('adminRequests.board.title')}</Title>
        <StartRequestButton defaultType={type ?? undefined} />
      </Group>
      <Tabs value={type} onChange={(value) => setParams(value ? { type: value, ...(view === 'list' ? { view } : {}) } : {})} keepMounted={false}>
        <Tabs.List>
          {types.data.map((candidate) => (
            <Tabs.Tab key={candidate.type} value={candidate.type} data-testid={`type-tab-${candidate.type}`}>
              {localized(candidate.name, candidate.type)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {config && <TypeRequests key={`${config.type}-${view}`} config={config} view={view} params={params} update={update} />}
    </Stack>
  );
}

function TypeRequests({ config, view, params, update }: { config: RequestTypeConfig; view: View; params: URLSearchParams; update: (changes: Record<string, string | null>) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [selected, setSelected] = useState<Map<string, RequestView>>(new Map());
  const [outcome, setOutcome] = useState<{ results: BulkResult[]; to: string; requests: Map<string, RequestView> } | null>(null);
  const board = useBoard(view === 'board' ? config.type : null);
  const filter = params.get('q') ?? '';

  useEffect(() => setTyped(params.get('q') ?? ''), [params]);

  const toggle = (request: RequestView) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(request.id)) next.delete(request.id);
      else next.set(request.id, request);
      return next;
    });
  const toggleAll = (requests: RequestView[], select: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const request of requests) {
        if (select) next.set(request.id, request);
        else next.delete(request.id);
      }
      return next;
    });

  const moved = (results: BulkResult[], to: string) => {
    setOutcome({ results, to, requests: selected });
    // Refused ones stay selected, to try another status or look at them.
    setSelected((current) => {
      const next = new Map(current);
      for (const result of results) if (result.moved) next.delete(result.requestId);
      return next;
    });
    void queryClient.invalidateQueries({ queryKey: REQUESTS_QUERY_KEY });
  };

  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: typed.trim() || null });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="end">
        <form onSubmit={search} role="search">
          <TextInput
            label={t('adminRequests.board.filter')}
            placeholder={t('adminRequests.board.filterHint')}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              // On the board the cards are filtered while typing; the list asks the service on Enter.
              if (view === 'board') update({ q: event.currentTarget.value || null });
            }}
            leftSection={<IconSearch size={16} aria-hidden />}
            w={320}
            data-testid="request-filter"
          />
        </form>
        <SegmentedControl
          value={view}
          onChange={(value) => update({ view: value === 'list' ? 'list' : null, status: null, attention: null, onHold: null })}
          data={[
            {
              value: 'board',
              label: (
                <Group gap={6} wrap="nowrap">
                  <IconLayoutKanban size={16} aria-hidden />
                  {t('adminRequests.board.boardView')}
                </Group>
              ),
            },
            {
              value: 'list',
              label: (
                <Group gap={6} wrap="nowrap">
                  <IconList size={16} aria-hidden />
                  {t('adminRequests.board.listView')}
                </Group>
              ),
            },
          ]}
          data-testid="view-toggle"
        />
      </Group>
      {outcome && <BulkResults results={outcome.results} to={outcome.to} config={config} requests={outcome.requests} onClose={() => setOutcome(null)} />}
      {selected.size > 0 && <BulkMoveBar config={config} chosen={[...selected.values()]} onClear={() => setSelected(new Map())} onMoved={moved} />}
      {view === 'board' ? (
        board.isError ? (
          <QueryProblem error={board.error} onRetry={() => void board.refetch()} />
        ) : board.data ? (
          <RequestBoard
            board={board.data}
            filter={filter}
            selected={new Set(selected.keys())}
            onToggle={toggle}
            onToggleAll={toggleAll}
            onShowAll={(status) => update({ view: 'list', status })}
          />
        ) : (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        )
      ) : (
        <RequestTable config={config} params={params} update={update} selected={new Set(selected.keys())} onToggle={toggle} onToggleAll={toggleAll} />
      )}
      {view === 'board' && board.data && (
        <Text size="xs" c="dimmed">
          {t('adminRequests.board.hint')}
        </Text>
      )}
    </Stack>
  );
}
