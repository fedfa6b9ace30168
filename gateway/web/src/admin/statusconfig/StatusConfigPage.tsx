import { Alert, Badge, Box, Button, Card, Center, Checkbox, Group, List, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconLock, IconPlus, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError, problemOf, type FieldError, type ProblemDetail } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type CodedProblem, REQUESTS_QUERY_KEY, type StatusDef, TYPES_QUERY_KEY, useRequestTypes } from '../requests/api';
import { useLocalized } from '../requests/parts';
import { saveTypeConfig, typeConfigKey, useTypeConfig, type VersionedConfig } from './api';
import { bodyOf, codesInUse, type Draft, draftOf, type DraftStatus, isValid, newStatus, pair, placeFieldErrors, type StatusProblems, validate } from './draft';
import { RemovedStatus, StatusEditor } from './StatusEditor';

/** ステータス設定: admins edit each request type's statuses and transitions; other staff look at them. */
export function StatusConfigPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  useDocumentTitle(t('statusConfig.title'));
  const types = useRequestTypes();
  const { data: me } = useMe();
  const admin = !!me?.roles.includes('admin');
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? types.data?.[0]?.type ?? null;

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
      <Title order={1}>{t('statusConfig.title')}</Title>
      <Text c="dimmed">{t('statusConfig.intro')}</Text>
      {!admin && (
        <Alert color="gray" icon={<IconLock size={18} />} data-testid="status-config-readonly">
          {t('statusConfig.readOnly')}
        </Alert>
      )}
      <Tabs value={type} onChange={(value) => setParams(value ? { type: value } : {})}>
        <Tabs.List>
          {types.data.map((candidate) => (
            <Tabs.Tab key={candidate.type} value={candidate.type} data-testid={`config-tab-${candidate.type}`}>
              {localized(candidate.name, candidate.type)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {type && <TypeEditor key={type} type={type} readOnly={!admin} />}
    </Stack>
  );
}

interface ServerProblems {
  byStatus: Map<string, StatusProblems>;
  inUse: Map<string, string>;
  other: FieldError[];
  problem: ProblemDetail | null;
  stale: boolean;
}

const NO_SERVER_PROBLEMS: ServerProblems = { byStatus: new Map(), inUse: new Map(), other: [], problem: null, stale: false };

function TypeEditor({ type, readOnly }: { type: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { dt, exists } = useDynamicT();
  const queryClient = useQueryClient();
  const loaded = useTypeConfig(type);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [etag, setEtag] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [server, setServer] = useState<ServerProblems>(NO_SERVER_PROBLEMS);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const start = (versioned: VersionedConfig) => {
    setDraft(draftOf(versioned.config));
    setEtag(versioned.etag);
    setShowErrors(false);
    setServer(NO_SERVER_PROBLEMS);
  };
  useEffect(() => {
    if (loaded.data && !draft) start(loaded.data);
  }, [loaded.data, draft]);

  const validation = useMemo(() => (draft ? validate(draft) : null), [draft]);

  if (loaded.isError) return <QueryProblem error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!draft || !validation) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  const edit = (next: Draft) => {
    setDraft(next);
    setSaved(false);
  };
  const change = (key: string, patch: Partial<StatusDef>) =>
    edit({
      ...draft,
      statuses: draft.statuses.map((status) => {
        if (status.key === key) return { ...status, ...patch };
        // Only one status is where requests start.
        if (patch.initial) return { ...status, initial: false };
        return status;
      }),
    });
  const moveStatus = (index: number, by: -1 | 1) => {
    const statuses = [...draft.statuses];
    [statuses[index], statuses[index + by]] = [statuses[index + by], statuses[index]];
    edit({ ...draft, statuses });
  };
  const remove = (status: DraftStatus) =>
    edit({
      ...draft,
      statuses: draft.statuses.filter((s) => s.key !== status.key),
      removed: status.isNew ? draft.removed : [...draft.removed, { ...status, removedFrom: draft.statuses.indexOf(status) }],
    });
  const restore = ({ removedFrom, ...status }: DraftStatus, patch: Partial<StatusDef> = {}) => {
    const statuses = [...draft.statuses];
    statuses.splice(Math.min(removedFrom ?? statuses.length, statuses.length), 0, { ...status, ...patch });
    edit({ ...draft, statuses, removed: draft.removed.filter((s) => s.key !== status.key) });
    const inUse = new Map(server.inUse);
    inUse.delete(status.key);
    setServer({ ...server, inUse });
  };
  const toggleTransition = (from: string, to: string) => {
    const transitions = new Set(draft.transitions);
    const key = pair(from, to);
    if (transitions.has(key)) transitions.delete(key);
    else transitions.add(key);
    edit({ ...draft, transitions });
  };
  const add = () => edit({ ...draft, statuses: [...draft.statuses, newStatus(draft.statuses.length + 1)] });

  const save = async () => {
    setShowErrors(true);
    setServer(NO_SERVER_PROBLEMS);
    if (!isValid(validation)) return;
    setSaving(true);
    const sent = draft.statuses;
    const body = bodyOf(draft);
    try {
      const result = await saveTypeConfig(type, etag, body);
      queryClient.setQueryData(typeConfigKey(type), result);
      void queryClient.invalidateQueries({ queryKey: TYPES_QUERY_KEY, exact: true });
      void queryClient.invalidateQueries({ queryKey: REQUESTS_QUERY_KEY });
      start(result);
      setSaved(true);
    } catch (error) {
      const problem = problemOf(error) as CodedProblem & Record<string, unknown>;
      const placed = placeFieldErrors(problem.errors ?? [], sent, body.transitions);
      const inUse = new Map<string, string>();
      if (problem.code === 'status-in-use') {
        const codes = codesInUse(problem, draft.removed);
        for (const status of draft.removed) {
          if (codes.includes(status.code)) inUse.set(status.key, t('statusConfig.error.inUse', { code: status.code }));
        }
        // A status still in the list (e.g. a code typed anew) can be in use too.
        for (const status of sent) {
          if (codes.includes(status.code)) placed.byStatus.set(status.key, { ...placed.byStatus.get(status.key), code: t('statusConfig.error.inUse', { code: status.code }) });
        }
      }
      const placedAnything = placed.byStatus.size > 0 || inUse.size > 0;
      setServer({
        byStatus: placed.byStatus,
        inUse,
        other: placed.other,
        problem: placedAnything && placed.other.length === 0 && problem.status === 400 ? null : problem,
        stale: isApiError(error) && error.status === 409 && !problem.code,
      });
    } finally {
      setSaving(false);
    }
  };
  const reload = async () => {
    const fresh = await loaded.refetch();
    if (fresh.data) start(fresh.data);
  };

  const problemsOf = (key: string): StatusProblems | undefined => {
    const own = showErrors ? validation.byStatus.get(key) : undefined;
    const fromServer = server.byStatus.get(key);
    return own || fromServer ? { ...fromServer, ...own } : undefined;
  };
  const generalText = (key: string) => (exists(`statusConfig.error.${key}`) ? dt(`statusConfig.error.${key}`) : key);
  const invalidCount = validation.byStatus.size + validation.general.length;

  return (
    <Stack gap="md" data-testid="status-config">
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Stack gap="xs" data-testid="status-list">
            {draft.statuses.map((status, index) => (
              <StatusEditor
                key={status.key}
                status={status}
                index={index}
                count={draft.statuses.length}
                problems={problemsOf(status.key)}
                readOnly={readOnly}
                onChange={(patch) => change(status.key, patch)}
                onMove={(by) => moveStatus(index, by)}
                onRemove={() => remove(status)}
              />
            ))}
            {draft.removed.map((status) => (
              <RemovedStatus
                key={status.key}
                status={status}
                problem={server.inUse.get(status.key) ?? null}
                readOnly={readOnly}
                onRestore={() => restore(status)}
                onRetire={() => restore(status, { retired: true, initial: false })}
              />
            ))}
          </Stack>
          {!readOnly && (
            <Group>
              <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add} data-testid="status-add">
                {t('statusConfig.add')}
              </Button>
            </Group>
          )}
          <TransitionMatrix draft={draft} onToggle={toggleTransition} />
        </Stack>
      </fieldset>

      {showErrors && validation.general.length > 0 && (
        <Alert color="red" variant="light" data-testid="status-config-general">
          <List size="sm">
            {validation.general.map((key) => (
              <List.Item key={key}>{generalText(key)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {server.other.length > 0 && (
        <Alert color="red" variant="light" data-testid="status-config-other-errors">
          <List size="sm">
            {server.other.map((error, index) => (
              <List.Item key={`${error.field}-${index}`}>
                {error.field}: {error.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {server.stale && (
        <Alert color="orange" variant="light" data-testid="status-config-stale">
          <Group justify="space-between">
            <Text size="sm">{t('statusConfig.stale')}</Text>
            <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload()} data-testid="status-config-reload">
              {t('statusConfig.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      {server.problem && !server.stale && <ProblemDetails problem={server.problem} />}
      {!readOnly && (
        <Group
          justify="space-between"
          p="sm"
          bg="white"
          style={{ position: 'sticky', bottom: 0, borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
        >
          <Box>
            {saved && (
              <Text c="teal.9" fw={600} role="status" data-testid="status-config-saved">
                {t('statusConfig.saved')}
              </Text>
            )}
            {showErrors && invalidCount > 0 && (
              <Text c="red.8" fw={600} role="alert" data-testid="status-config-invalid">
                {t('statusConfig.invalid')}
              </Text>
            )}
          </Box>
          <Group>
            <Button variant="default" onClick={() => loaded.data && start(loaded.data)} disabled={saving} data-testid="status-config-discard">
              {t('statusConfig.discard')}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving} onClick={() => void save()} data-testid="status-config-save">
              {t('statusConfig.save')}
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}

/** 遷移: which status may follow which, as a from × to grid of checkboxes. */
function TransitionMatrix({ draft, onToggle }: { draft: Draft; onToggle: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const label = (status: DraftStatus) => localized(status.name, status.code) || status.code || '…';
  return (
    <Card withBorder radius="md" data-testid="transition-matrix">
      <Title order={2} size="h4" mb={4}>
        {t('statusConfig.transitions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('statusConfig.transitions.intro')}
      </Text>
      <Table.ScrollContainer minWidth={200 + draft.statuses.length * 56}>
        <Table withColumnBorders withTableBorder striped verticalSpacing={4} horizontalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Text size="xs" c="dimmed">
                  {t('statusConfig.transitions.corner')}
                </Text>
              </Table.Th>
              {draft.statuses.map((to) => (
                <Table.Th key={to.key} style={{ verticalAlign: 'bottom' }}>
                  <Badge size="xs" radius="sm" tt="none" styles={{ root: { backgroundColor: to.color.background, color: to.color.text, maxWidth: 96 } }} title={label(to)}>
                    {label(to)}
                  </Badge>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.statuses.map((from) => (
              <Table.Tr key={from.key} data-testid="transition-row" data-from={from.code}>
                <Table.Th>
                  <Group gap={4} wrap="nowrap">
                    <Badge size="sm" radius="sm" tt="none" styles={{ root: { backgroundColor: from.color.background, color: from.color.text } }}>
                      {label(from)}
                    </Badge>
                    {from.terminal && (
                      <Text size="xs" c="dimmed">
                        {t('statusConfig.transitions.terminal')}
                      </Text>
                    )}
                  </Group>
                </Table.Th>
                {draft.statuses.map((to) => (
                  <Table.Td key={to.key} ta="center">
                    {from.key === to.key ? (
                      <Text c="dimmed" aria-hidden>
                        —
                      </Text>
                    ) : (
                      <Center>
                        <Checkbox
                          size="xs"
                          checked={draft.transitions.has(pair(from.key, to.key))}
                          // Nothing leaves a terminal status; a tick left from before can still be taken away.
                          disabled={from.terminal && !draft.transitions.has(pair(from.key, to.key))}
                          onChange={() => onToggle(from.key, to.key)}
                          aria-label={t('statusConfig.transitions.cell', { from: label(from), to: label(to) })}
                          data-testid={`transition-${from.code}-${to.code}`}
                        />
                      </Center>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
