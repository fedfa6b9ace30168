import { Alert, Anchor, Button, CloseButton, Group, List, Paper, Select, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconTransfer, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type BulkResult, moveRequests, type RequestTypeConfig, type RequestView } from './api';
import { CommentDialog } from './CommentDialog';
import { useLocalized } from './parts';
import { useRequestProblemText } from './problemText';

/** The statuses at least one of the chosen requests may move to, in the configured order. */
export function bulkTargets(config: RequestTypeConfig, chosen: RequestView[]) {
  const from = new Set(chosen.map((request) => request.status.code));
  const reachable = new Set(config.transitions.filter((transition) => from.has(transition.from)).map((transition) => transition.to));
  return [...config.statuses].sort((a, b) => a.order - b.order).filter((status) => !status.retired && reachable.has(status.code));
}

interface BarProps {
  config: RequestTypeConfig;
  chosen: RequestView[];
  onClear: () => void;
  /** After the move, with each request's outcome. */
  onMoved: (results: BulkResult[], to: string) => void;
}

/** What appears once cards are selected: how many, where to move them, and the move itself (with a comment). */
export function BulkMoveBar({ config, chosen, onClear, onMoved }: BarProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [target, setTarget] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const targets = bulkTargets(config, chosen);
  const to = targets.find((status) => status.code === target) ?? null;

  const move = async (comment: string | null) => {
    if (!to) return;
    const results = await moveRequests(
      chosen.map((request) => request.id),
      to.code,
      comment,
    );
    setAsking(false);
    setTarget(null);
    onMoved(results, to.code);
  };

  return (
    <Paper withBorder radius="md" p="sm" bg="blue.0" data-testid="bulk-bar">
      <Group gap="md" align="end">
        <Text fw={700} data-testid="bulk-count">
          {t('adminRequests.bulk.selected', { count: chosen.length })}
        </Text>
        <Select
          label={t('adminRequests.bulk.target')}
          placeholder={targets.length ? t('adminRequests.bulk.choose') : t('adminRequests.bulk.noTarget')}
          data={targets.map((status) => ({ value: status.code, label: localized(status.name, status.code) }))}
          value={target}
          onChange={setTarget}
          disabled={targets.length === 0}
          w={240}
          data-testid="bulk-target"
        />
        <Button leftSection={<IconTransfer size={16} aria-hidden />} disabled={!to} onClick={() => setAsking(true)} data-testid="bulk-move">
          {t('adminRequests.bulk.move')}
        </Button>
        <Button variant="subtle" onClick={onClear} data-testid="bulk-clear">
          {t('adminRequests.bulk.clear')}
        </Button>
      </Group>
      {asking && to && (
        <CommentDialog
          title={t('adminRequests.bulk.dialogTitle', { count: chosen.length, to: localized(to.name, to.code) })}
          description={
            <Text size="sm" c="dimmed">
              {chosen.map((request) => request.number).join('、')}
            </Text>
          }
          label={t('adminRequests.transition.comment')}
          cancelLabel={t('adminRequests.transition.cancel')}
          confirmLabel={t('adminRequests.bulk.confirm')}
          testIds={{ dialog: 'bulk-dialog', input: 'bulk-comment', confirm: 'bulk-confirm' }}
          onClose={() => setAsking(false)}
          onConfirm={move}
        />
      )}
    </Paper>
  );
}

/** What came of a bulk move: each request moved, or refused with the reason. */
export function BulkResults({ results, to, config, requests, onClose }: { results: BulkResult[]; to: string; config: RequestTypeConfig; requests: Map<string, RequestView>; onClose: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const explain = useRequestProblemText();
  const status = (code: string | undefined) => {
    const found = config.statuses.find((candidate) => candidate.code === code);
    return found ? localized(found.name, found.code) : (code ?? '');
  };
  const moved = results.filter((result) => result.moved).length;
  const refused = results.length - moved;
  return (
    <Alert
      color={refused === 0 ? 'teal' : moved === 0 ? 'red' : 'orange'}
      variant="light"
      title={t('adminRequests.bulk.resultTitle', { moved, refused, to: status(to) })}
      withCloseButton={false}
      role="status"
      data-testid="bulk-results"
    >
      <CloseButton pos="absolute" top={8} right={8} onClick={onClose} aria-label={t('adminRequests.bulk.closeResults')} />
      <List spacing={4} listStyleType="none">
        {results.map((result) => (
          <List.Item
            key={result.requestId}
            data-testid="bulk-result"
            data-moved={String(result.moved)}
            icon={
              <ThemeIcon size="sm" radius="xl" color={result.moved ? 'teal' : 'red'} aria-hidden>
                {result.moved ? <IconCheck size={12} /> : <IconX size={12} />}
              </ThemeIcon>
            }
          >
            <Anchor component={Link} to={`/requests/${encodeURIComponent(result.requestId)}`} ff="monospace" fw={700} mr="xs">
              {result.number}
            </Anchor>
            {result.moved
              ? t('adminRequests.bulk.moved')
              : t('adminRequests.bulk.refused', {
                  reason: (result.problem && explain(result.problem, { from: status(requests.get(result.requestId)?.status.code), to: status(to) })) || t('adminRequests.bulk.unknownReason'),
                })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
