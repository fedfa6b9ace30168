import { Anchor, Button, Center, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useVerificationQueue, VERIFICATION_STATES, type VerificationState } from './api';
import { VerificationStateBadge } from './VerificationStateBadge';

/** `/admin/verifications`: members whose documents wait for a verifier, the longest waiting first. */
export function VerificationQueuePage() {
  const { t } = useTranslation();
  const [state, setState] = useState<VerificationState>('PENDING');
  const [page, setPage] = useState(0);
  const queue = useVerificationQueue(state, page);

  let body;
  if (queue.isError) body = <QueryProblem error={queue.error} onRetry={() => void queue.refetch()} />;
  else if (queue.isPending)
    body = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  else if (queue.data.content.length === 0) body = <Text c="dimmed">{t('verification.empty')}</Text>;
  else {
    const { number, totalPages } = queue.data.page;
    body = (
      <Stack gap="sm">
        <Table striped highlightOnHover data-testid="verification-queue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('verification.column.name')}</Table.Th>
              <Table.Th>{t('verification.column.kana')}</Table.Th>
              <Table.Th>{t('verification.column.email')}</Table.Th>
              <Table.Th>{t('verification.column.submittedAt')}</Table.Th>
              <Table.Th>{t('verification.column.documents')}</Table.Th>
              <Table.Th>{t('verification.column.mismatches')}</Table.Th>
              <Table.Th>{t('verification.column.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queue.data.content.map((entry) => (
              <Table.Tr key={entry.memberId} data-testid="queue-row">
                <Table.Td>{[entry.familyName, entry.givenName].filter(Boolean).join(' ') || '—'}</Table.Td>
                <Table.Td>{[entry.familyNameKana, entry.givenNameKana].filter(Boolean).join(' ') || '—'}</Table.Td>
                <Table.Td>{entry.email}</Table.Td>
                <Table.Td>{entry.submittedAt ? new Date(entry.submittedAt).toLocaleString() : '—'}</Table.Td>
                <Table.Td>{entry.documentCount}</Table.Td>
                <Table.Td>
                  <Text c={entry.mismatchCount > 0 ? 'orange' : undefined} fw={entry.mismatchCount > 0 ? 700 : undefined}>
                    {entry.mismatchCount}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <VerificationStateBadge state={entry.verification} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/verifications/${encodeURIComponent(entry.memberId)}`}>
                    {t('verification.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {totalPages > 1 && (
          <Group>
            <Button variant="default" disabled={number === 0} onClick={() => setPage(number - 1)}>
              {t('verification.previous')}
            </Button>
            <Text size="sm">{t('verification.page', { number: number + 1, total: totalPages })}</Text>
            <Button variant="default" disabled={number + 1 >= totalPages} onClick={() => setPage(number + 1)}>
              {t('verification.next')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="verification-queue-page">
      <Title order={1} size="h2">
        {t('verification.queueTitle')}
      </Title>
      <Text c="dimmed">{t('verification.queueIntro')}</Text>
      <SegmentedControl
        value={state}
        onChange={(value) => {
          setState(value as VerificationState);
          setPage(0);
        }}
        data={VERIFICATION_STATES.map((value) => ({ value, label: t(`verification.state.${value}`) }))}
        w="fit-content"
      />
      {body}
    </Stack>
  );
}
