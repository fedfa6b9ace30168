import { Alert, Anchor, Button, Card, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { IconCircleCheck, IconPackage, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { safeColor, useFormat } from '../format';
import { createItem, type FieldDef, memberFields, OWN_ITEMS_QUERY_KEY, useItemFields, useOwnItems } from '../items/api';
import { ItemCard } from '../items/ItemCard';
import { ItemForm } from '../items/ItemForm';
import { chronological, itemRules, type MemberRequest, useOwnRequest, useRequestTypes } from './api';
import { HoldNote, RequestStatusBadge, useTypeLabel } from './parts';

/** The statuses the request has been in, oldest first, each with its date; the current one last. */
function RequestTimeline({ request }: { request: MemberRequest }) {
  const { t } = useTranslation();
  const { text, dateTime } = useFormat();
  const entries = chronological(request.timeline ?? []);
  if (entries.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="request-timeline-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="request-timeline-title">
          {t('requests.timeline.title')}
        </Title>
        <Timeline active={entries.length - 1} bulletSize={18} lineWidth={2} data-testid="request-timeline">
          {entries.map((entry, index) => (
            <Timeline.Item
              key={`${entry.status}-${entry.at}`}
              // The bullet in the status's own colours, like its badge; the line in its text colour.
              color={safeColor(entry.color?.text, '#495057')}
              styles={{ itemBullet: { backgroundColor: safeColor(entry.color?.background, '#e9ecef'), borderColor: safeColor(entry.color?.text, '#495057') } }}
              title={
                <Text fw={index === entries.length - 1 ? 700 : 500} size="sm">
                  {text(entry.label, entry.status)}
                </Text>
              }
              data-testid="timeline-entry"
              data-status={entry.status}
            >
              <Text size="xs" c="dimmed">
                <time dateTime={entry.at}>{dateTime(entry.at)}</time>
                {index === entries.length - 1 ? ` · ${t('requests.timeline.current')}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** The request's items, with the form to add one while the member still may. */
function RequestItems({ request }: { request: MemberRequest }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = useItemFields();
  const items = useOwnItems(request.id);
  const types = useRequestTypes();
  const [adding, setAdding] = useState(false);
  const rules = itemRules(request, types.data);
  const refresh = () => queryClient.invalidateQueries({ queryKey: OWN_ITEMS_QUERY_KEY });

  let body;
  if (fields.isError || items.isError) {
    const failed = fields.isError ? fields : items;
    body = <QueryProblem error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (fields.isPending || items.isPending) {
    body = (
      <Center py="md">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  } else {
    const all: FieldDef[] = fields.data.fields;
    body = (
      <Stack gap="sm">
        {items.data.length === 0 && !adding && (
          <Text c="dimmed" size="sm" data-testid="items-empty">
            {rules.canEdit ? t('requests.items.emptyEditable') : t('requests.items.empty')}
          </Text>
        )}
        {items.data.map((item) => (
          <ItemCard key={item.id} item={item} fields={all} canEdit={rules.canEdit} canDelete={rules.canDelete} onChanged={refresh} />
        ))}
        {adding && (
          <Card withBorder radius="md" padding="md" data-testid="item-add-card">
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t('requests.items.addTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('requests.items.addHint')}
              </Text>
              <ItemForm
                fields={memberFields(all)}
                submitLabel={t('requests.items.addSubmit')}
                onSubmit={async (values) => {
                  await createItem(request.id, values);
                  await refresh();
                  setAdding(false);
                }}
                onCancel={() => setAdding(false)}
                testId="item-add-form"
              />
            </Stack>
          </Card>
        )}
        {rules.canEdit && !adding && (
          <Button variant="light" leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)} data-testid="item-add">
            {t('requests.items.add')}
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="request-items-title">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" color="teal" radius="md" aria-hidden>
          <IconPackage size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="request-items-title">
          {t('requests.items.title')}
          {items.data ? ` (${items.data.length})` : ''}
        </Title>
      </Group>
      {body}
    </Stack>
  );
}

/** `/requests/:id`: one of the member's requests, where it stands and how it got there, and its items. */
export function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const request = useOwnRequest(id);
  const { date, dateTime } = useFormat();
  const typeLabel = useTypeLabel();

  let body;
  if (request.isError) {
    body =
      isApiError(request.error) && request.error.status === 404 ? (
        <Paper withBorder radius="md" p="lg" data-testid="request-not-found">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h3">
              {t('requests.notFound.title')}
            </Title>
            <Text>{t('requests.notFound.text')}</Text>
          </Stack>
        </Paper>
      ) : (
        <QueryProblem error={request.error} onRetry={() => void request.refetch()} />
      );
  } else if (request.isPending) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else {
    const current = request.data;
    body = (
      <Stack gap="md">
        {created && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('requests.created.title')} data-testid="request-created">
            {t('requests.created.text')}
          </Alert>
        )}
        <Paper withBorder radius="md" p="md" data-testid="request-summary">
          <Stack gap="sm">
            <Group gap="xs" wrap="wrap">
              <RequestStatusBadge status={current.status} />
              <Text size="sm" c="dimmed" data-testid="request-since">
                {t('requests.since', { date: date(current.statusSince) })}
              </Text>
            </Group>
            {current.hold && <HoldNote hold={current.hold} />}
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="xs">
              <Fact label={t('requests.fact.type')}>{typeLabel(current.type)}</Fact>
              {current.kitCount ? <Fact label={t('requests.fact.kitCount')}>{t('requests.kitCount', { count: current.kitCount })}</Fact> : null}
              <Fact label={t('requests.fact.createdAt')}>{dateTime(current.createdAt)}</Fact>
            </SimpleGrid>
            {current.note && <Fact label={t('requests.fact.note')}>{current.note}</Fact>}
          </Stack>
        </Paper>
        <RequestTimeline request={current} />
        <RequestItems request={current} />
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={760} data-testid="request-page">
      <Stack gap={6}>
        <Anchor component={Link} to="/requests" size="sm">
          {t('requests.backToList')}
        </Anchor>
        <Title order={1} size="h2">
          {request.data ? t('requests.detailTitle', { number: request.data.number }) : t('requests.title')}
        </Title>
      </Stack>
      {body}
    </Stack>
  );
}
