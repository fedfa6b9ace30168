import { Button, Card, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconPackage, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useFormat } from '../format';
import { type MemberRequest, useOwnRequests } from './api';
import { HoldNote, RequestStatusBadge, useTypeLabel } from './parts';

function RequestCard({ request }: { request: MemberRequest }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const typeLabel = useTypeLabel();
  return (
    <Card
      component={Link}
      to={`/requests/${encodeURIComponent(request.id)}`}
      withBorder
      radius="md"
      padding="md"
      data-testid="request-card"
      data-request-id={request.id}
      aria-label={t('requests.list.open', { number: request.number })}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text fw={700} data-testid="request-number">
              {request.number}
            </Text>
            <Text size="sm" c="dimmed">
              {typeLabel(request.type)}
              {request.kitCount ? ` · ${t('requests.kitCount', { count: request.kitCount })}` : ''}
            </Text>
          </Stack>
          <IconChevronRight size={20} aria-hidden style={{ flex: 'none', color: 'var(--mantine-color-dimmed)' }} />
        </Group>
        <Group gap="xs" wrap="wrap">
          <RequestStatusBadge status={request.status} />
          <Text size="sm" c="dimmed" data-testid="request-since">
            {t('requests.since', { date: date(request.statusSince) })}
          </Text>
        </Group>
        {request.hold && <HoldNote hold={request.hold} />}
      </Stack>
    </Card>
  );
}

function KitButton({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to="/requests/new" size={size} leftSection={<IconTruckDelivery size={20} />} data-testid="request-kit-button">
      {t('requests.kitButton')}
    </Button>
  );
}

/** `/requests`: the member's requests, newest first, each with where it stands. */
export function RequestsPage() {
  const { t } = useTranslation();
  const requests = useOwnRequests();

  let body;
  if (requests.isError) {
    body = <QueryProblem error={requests.error} onRetry={() => void requests.refetch()} />;
  } else if (requests.isPending) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else if (requests.data.length === 0) {
    body = (
      <Card withBorder radius="md" padding="xl" data-testid="requests-empty">
        <EmptyState
          icon={<IconPackage size={32} />}
          variant="light"
          title={t('requests.empty.title')}
          description={t('requests.empty.text')}
        >
          <EmptyState.Actions>
            <KitButton size="lg" />
          </EmptyState.Actions>
        </EmptyState>
      </Card>
    );
  } else {
    body = (
      <Stack gap="sm" data-testid="request-list">
        {requests.data.map((request) => (
          <RequestCard key={request.id} request={request} />
        ))}
      </Stack>
    );
  }

  const hasRequests = !!requests.data?.length;
  return (
    <Stack gap="md" maw={760} data-testid="requests-page">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={6}>
          <Title order={1} size="h2">
            {t('requests.title')}
          </Title>
          <Text c="dimmed">{t('requests.intro')}</Text>
        </Stack>
        {hasRequests && <KitButton />}
      </Group>
      {body}
    </Stack>
  );
}
