import { Center, Group, Loader, Pagination, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type ChangeRequestState, useChangeRequests } from './api';
import { ChangeRequestCard } from './ChangeRequestCard';

const STATES: ChangeRequestState[] = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'];
const PAGE_SIZE = 20;

/** `/admin/change-requests`: the queue of members' changes to verified data, oldest first. */
export function ChangeRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('changeRequest.admin.title'));
  const [state, setState] = useState<ChangeRequestState>('PENDING');
  const [page, setPage] = useState(0);
  const query = useChangeRequests({ state, page, size: PAGE_SIZE });

  let content;
  if (query.isError) {
    content = <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!query.data) {
    content = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else if (query.data.content.length === 0) {
    content = (
      <Paper withBorder radius="md" p="xl" data-testid="change-requests-empty">
        <Stack align="center" gap="xs">
          <IconInbox size={32} aria-hidden />
          <Text c="dimmed">{t('changeRequest.admin.empty')}</Text>
        </Stack>
      </Paper>
    );
  } else {
    content = (
      <Stack gap="md" data-testid="change-requests">
        {query.data.content.map((request) => (
          <ChangeRequestCard key={request.id} request={request} />
        ))}
        {query.data.page.totalPages > 1 && (
          <Group justify="center">
            <Pagination total={query.data.page.totalPages} value={page + 1} onChange={(value) => setPage(value - 1)} />
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={1100} data-testid="change-requests-page">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('changeRequest.admin.title')}
        </Title>
        <Text c="dimmed">{t('changeRequest.admin.intro')}</Text>
      </Stack>
      <SegmentedControl
        value={state}
        onChange={(value) => {
          setState(value as ChangeRequestState);
          setPage(0);
        }}
        data={STATES.map((value) => ({ value, label: t(`changeRequest.state.${value}`) }))}
        aria-label={t('changeRequest.admin.filter')}
        style={{ alignSelf: 'flex-start' }}
      />
      {content}
    </Stack>
  );
}
