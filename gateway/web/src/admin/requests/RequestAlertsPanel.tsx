import { Anchor, Center, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { ATTENTION_KINDS, type AttentionKind, useAlerts } from './api';
import { attentionColor, formatRelative, RequestFlags, RequestStatusBadge } from './parts';
import { MemberLink } from './RequestCard';

/** How many of the oldest requests needing attention the front page lists. */
export const ALERTS_SHOWN = 10;

function Tile({ kind, count }: { kind: AttentionKind; count: number }) {
  const { t } = useTranslation();
  const color = attentionColor(kind);
  const active = count > 0;
  return (
    <UnstyledButton
      component={Link}
      to={`/requests?view=list&attention=${kind}`}
      data-testid={`alert-tile-${kind}`}
      data-count={count}
      data-color={active ? color : 'gray'}
      aria-label={t('adminRequests.alerts.tileLabel', { kind: t(`adminRequests.attention.${kind}`), count })}
    >
      <Paper
        radius="md"
        p="md"
        bg={active ? `${color}.7` : 'gray.1'}
        c={active ? 'white' : 'dimmed'}
        style={{ border: active ? 'none' : '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text fz={40} fw={800} lh={1.1} data-testid={`alert-count-${kind}`}>
          {count}
        </Text>
        <Text fw={700} size="sm">
          {t(`adminRequests.attention.${kind}`)}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}

/**
 * アラート at the top of the front page: big counts of what is late, broken or waiting on a member's
 * verification, and the oldest such requests with a link to each. Refreshes itself every minute.
 */
export function RequestAlertsPanel() {
  const { t, i18n } = useTranslation();
  const alerts = useAlerts();

  let content;
  if (alerts.isPending) {
    content = (
      <Center py="md">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  } else if (alerts.isError) {
    content = <QueryProblem error={alerts.error} onRetry={() => void alerts.refetch()} />;
  } else {
    const counts = alerts.data.counts;
    const total = ATTENTION_KINDS.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
    if (total === 0) {
      return (
        <Paper radius="md" p="lg" bg="teal.0" withBorder style={{ borderColor: 'var(--mantine-color-teal-3)' }} component="section" aria-labelledby="front-alerts" data-testid="front-alerts" data-state="calm">
          <Group gap="sm">
            <ThemeIcon color="teal" variant="light" size="xl" radius="xl" aria-hidden>
              <IconCircleCheck size={26} />
            </ThemeIcon>
            <Stack gap={0}>
              <Title order={2} size="h4" id="front-alerts">
                {t('adminRequests.alerts.title')}
              </Title>
              <Text c="teal.9" fw={600} data-testid="alerts-calm">
                {t('adminRequests.alerts.calm')}
              </Text>
            </Stack>
          </Group>
        </Paper>
      );
    }
    const shown = alerts.data.requests.slice(0, ALERTS_SHOWN);
    content = (
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          {ATTENTION_KINDS.map((kind) => (
            <Tile key={kind} kind={kind} count={counts[kind] ?? 0} />
          ))}
        </SimpleGrid>
        {shown.length > 0 && (
          <Stack gap={4}>
            <Text fw={700} size="sm">
              {t('adminRequests.alerts.oldest')}
            </Text>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing={6} striped data-testid="alerts-requests">
                <Table.Tbody>
                  {shown.map((request) => (
                    <Table.Tr key={request.id} data-testid="alert-request">
                      <Table.Td>
                        <Anchor component={Link} to={`/requests/${encodeURIComponent(request.id)}`} ff="monospace" fw={700}>
                          {request.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <MemberLink request={request} />
                      </Table.Td>
                      <Table.Td>
                        <RequestStatusBadge status={request.status} size="sm" />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="xs" c="dimmed">
                          {t('adminRequests.card.since', { when: formatRelative(request.statusSince, i18n.language) })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <RequestFlags request={request} holdNote={false} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {alerts.data.requests.length > shown.length && (
              <Anchor component={Link} to="/requests?view=list" size="sm">
                {t('adminRequests.alerts.more', { count: alerts.data.requests.length - shown.length })}
              </Anchor>
            )}
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Paper
      radius="md"
      p="lg"
      withBorder
      style={{ borderColor: 'var(--mantine-color-red-4)', borderWidth: 2 }}
      component="section"
      aria-labelledby="front-alerts"
      data-testid="front-alerts"
      data-state="attention"
    >
      <Group gap="sm" mb="sm">
        <ThemeIcon color="red" variant="filled" radius="md" aria-hidden>
          <IconAlertTriangle size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="front-alerts">
          {t('adminRequests.alerts.title')}
        </Title>
      </Group>
      {content}
    </Paper>
  );
}
