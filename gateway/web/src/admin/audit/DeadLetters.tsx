import { Badge, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDeadLetters } from './api';

/**
 * Malformed events audit-service could not record (admins): shown only when there are any, so that
 * someone looks at them; they never block the partition they came from.
 */
export function DeadLetters() {
  const { t, i18n } = useTranslation();
  const letters = useDeadLetters(true);
  if (letters.isError) return <QueryProblem error={letters.error} onRetry={() => void letters.refetch()} />;
  const rows = letters.data?.pages.flatMap((page) => page.content) ?? [];
  if (rows.length === 0) return null;
  return (
    <Card withBorder data-testid="audit-dead-letters">
      <Group gap="sm" mb="xs">
        <Title order={2} size="h4">
          {t('audit.deadLetters.title')}
        </Title>
        <Badge color="red">{rows.length}</Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('audit.deadLetters.hint')}
      </Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.deadLetters.at')}</Table.Th>
            <Table.Th>{t('audit.deadLetters.where')}</Table.Th>
            <Table.Th>{t('audit.deadLetters.reason')}</Table.Th>
            <Table.Th>{t('audit.deadLetters.payload')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.topic}-${row.partition}-${row.offset}`} data-testid="dead-letter">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{new Date(row.at).toLocaleString(i18n.language)}</Table.Td>
              <Table.Td>
                <Code>{`${row.topic} / ${row.partition} / ${row.offset}`}</Code>
                {row.key && (
                  <Text size="xs" c="dimmed">
                    {t('audit.deadLetters.key', { key: row.key })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td c="red.9">{row.reason}</Table.Td>
              <Table.Td>
                <Code block fz="xs" style={{ maxWidth: 360, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  {row.payload ?? ''}
                </Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {letters.hasNextPage && (
        <Stack align="center" mt="sm">
          <Button variant="default" onClick={() => void letters.fetchNextPage()} loading={letters.isFetchingNextPage}>
            {t('audit.loadMore')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
