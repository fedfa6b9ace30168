import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useAuditRecords } from './api';
import { RecordList } from './RecordList';

const SHOWN = 20;

export interface EntityHistoryProps {
  entityType: string;
  entityId: string;
}

/**
 * 変更履歴: the newest records of one member, request or item from the audit log, with each change as
 * a diff, and a link to the whole history in the audit log search.
 */
export function EntityHistory({ entityType, entityId }: EntityHistoryProps) {
  const { t } = useTranslation();
  const records = useAuditRecords({ entityType, entityId }, SHOWN);
  const all = `/audit?${new URLSearchParams({ entityType, entityId }).toString()}`;
  const shown = records.data?.pages[0]?.content ?? [];
  return (
    <Stack gap="sm" data-testid="entity-history">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('audit.history.title')}
        </Title>
        <Anchor component={Link} to={all} size="sm" data-testid="entity-history-all">
          {t('audit.history.showAll')}
        </Anchor>
      </Group>
      {records.isError && <QueryProblem error={records.error} onRetry={() => void records.refetch()} />}
      {records.isPending && <Text c="dimmed">{t('audit.loading')}</Text>}
      {records.isSuccess && <RecordList records={shown} hideEntity compact />}
    </Stack>
  );
}
