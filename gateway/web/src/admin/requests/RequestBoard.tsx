import { Anchor, Badge, Box, Checkbox, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Board, BoardColumn, RequestView } from './api';
import { useLocalized } from './parts';
import { RequestCard } from './RequestCard';

/** Whether a request matches what was typed in the filter box: its number or its member's name. */
export function matchesFilter(request: RequestView, filter: string): boolean {
  const wanted = normalize(filter);
  if (!wanted) return true;
  return normalize(request.number).includes(wanted) || normalize(request.memberName ?? '').replace(/\s/g, '').includes(wanted.replace(/\s/g, ''));
}

function normalize(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

interface ColumnProps {
  column: BoardColumn;
  filter: string;
  selected: ReadonlySet<string>;
  onToggle: (request: RequestView) => void;
  onToggleAll: (requests: RequestView[], select: boolean) => void;
  onShowAll: (status: string) => void;
}

function Column({ column, filter, selected, onToggle, onToggleAll, onShowAll }: ColumnProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { status } = column;
  const shown = column.requests.filter((request) => matchesFilter(request, filter));
  const chosen = shown.filter((request) => selected.has(request.id)).length;
  const name = localized(status.name, status.code);
  const hidden = column.total - column.requests.length;
  return (
    <Box
      component="section"
      w={272}
      miw={272}
      bg="gray.1"
      style={{ borderRadius: 'var(--mantine-radius-md)', display: 'flex', flexDirection: 'column' }}
      aria-label={name}
      data-testid="board-column"
      data-status={status.code}
    >
      <Group
        gap="xs"
        px="sm"
        py={8}
        wrap="nowrap"
        justify="space-between"
        style={{ background: status.color.background, color: status.color.text, borderRadius: 'var(--mantine-radius-md) var(--mantine-radius-md) 0 0' }}
        data-testid="board-column-header"
      >
        <Group gap={8} wrap="nowrap">
          <Checkbox
            size="xs"
            checked={shown.length > 0 && chosen === shown.length}
            indeterminate={chosen > 0 && chosen < shown.length}
            disabled={shown.length === 0}
            onChange={() => onToggleAll(shown, chosen < shown.length)}
            aria-label={t('adminRequests.board.selectColumn', { status: name })}
            data-testid="column-select"
          />
          <Text fw={700} size="sm" c="inherit" data-testid="board-column-name">
            {status.retired ? t('adminRequests.status.retiredName', { name }) : name}
          </Text>
        </Group>
        <Badge variant="white" c="dark" radius="xl" size="lg" data-testid="board-column-count">
          {filter.trim() ? t('adminRequests.board.filteredCount', { shown: shown.length, total: column.total }) : column.total}
        </Badge>
      </Group>
      <Stack gap="xs" p="xs" style={{ flex: 1 }}>
        {shown.map((request) => (
          <RequestCard key={request.id} request={request} selected={selected.has(request.id)} onToggle={() => onToggle(request)} />
        ))}
        {shown.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="sm">
            {t('adminRequests.board.emptyColumn')}
          </Text>
        )}
        {hidden > 0 && (
          <Anchor component="button" type="button" size="xs" onClick={() => onShowAll(status.code)} data-testid="column-more">
            {t('adminRequests.board.more', { count: hidden })}
          </Anchor>
        )}
      </Stack>
    </Box>
  );
}

/** 依頼ボード: one column per status, in the configured order, headed in the status's colours. */
export function RequestBoard({ board, ...rest }: { board: Board } & Omit<ColumnProps, 'column'>) {
  return (
    <ScrollArea type="auto" offsetScrollbars data-testid="request-board">
      <Group gap="sm" align="stretch" wrap="nowrap" pb="sm">
        {board.columns.map((column) => (
          <Column key={column.status.code} column={column} {...rest} />
        ))}
      </Group>
    </ScrollArea>
  );
}
