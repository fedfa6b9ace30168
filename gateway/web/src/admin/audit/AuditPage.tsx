import { Autocomplete, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileExport, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type AuditActor, type AuditFilter, useAuditRecords } from './api';
import { AuditExportDialog } from './AuditExportDialog';
import { DeadLetters } from './DeadLetters';
import { RecordList, useAuditText } from './RecordList';
import { VerifyChain } from './VerifyChain';

const ENTITY_TYPES = ['member', 'request', 'item', 'inquiry', 'mail'];
const ACTIONS = [
  'ProfileChanged',
  'PayoutAccountChanged',
  'AccountStatusChanged',
  'IdentityDocumentViewed',
  'MemberRecordViewed',
  'RequestCreated',
  'RequestStatusChanged',
  'ItemCreated',
  'ItemChanged',
  'InquiryOpened',
  'MailSent',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form's fields, as kept in the address (dates as days, the person as typed). */
interface Form {
  entityType: string;
  entityId: string;
  person: string;
  action: string;
  from: string;
  to: string;
  q: string;
}

function formOf(params: URLSearchParams): Form {
  return {
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    person: params.get('actorId') ?? params.get('actor') ?? '',
    action: params.get('action') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    q: params.get('q') ?? '',
  };
}

/** A day as the start of that day here; `to` as the start of the next day, so the day counts whole. */
function instant(day: string, end: boolean): string {
  if (!DATE.test(day)) return day;
  const date = new Date(`${day}T00:00:00`);
  if (end) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

/** The API's filter for the criteria in the address: a person id goes as `actorId`, a name as `actor`. */
export function filterOf(params: URLSearchParams): AuditFilter {
  const from = params.get('from');
  const to = params.get('to');
  return {
    entityType: params.get('entityType') ?? undefined,
    entityId: params.get('entityId') ?? undefined,
    actorId: params.get('actorId') ?? undefined,
    actor: params.get('actor') ?? undefined,
    action: params.get('action') ?? undefined,
    from: from ? instant(from, false) : undefined,
    to: to ? instant(to, true) : undefined,
    q: params.get('q') ?? undefined,
  };
}

function paramsOf(form: Form): URLSearchParams {
  const params = new URLSearchParams();
  const person = form.person.trim();
  const set = (key: string, value: string) => value.trim() && params.set(key, value.trim());
  set('entityType', form.entityType);
  set('entityId', form.entityId);
  if (person) params.set(ID.test(person) ? 'actorId' : 'actor', person);
  set('action', form.action);
  set('from', form.from);
  set('to', form.to);
  set('q', form.q);
  return params;
}

/**
 * `/audit`: 監査ログ — search who did what and when, by entity, person, action, period and full text;
 * records newest first with each change as a diff, more on demand, export of the search; admins also
 * verify the hash chain and see events that could not be recorded.
 */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const text = useAuditText();
  const me = useMe();
  const admin = !!me.data?.roles.includes('admin');
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState<Form>(() => formOf(params));
  // The address changes under the form too (back and forward): the form follows it.
  const [shown, setShown] = useState(params.toString());
  if (shown !== params.toString()) {
    setShown(params.toString());
    setForm(formOf(params));
  }
  const [exporting, setExporting] = useState(false);
  const filter = filterOf(params);
  const records = useAuditRecords(filter);
  const rows = records.data?.pages.flatMap((page) => page.content) ?? [];

  const change = (key: keyof Form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(paramsOf(form));
  };
  const clear = () => {
    setForm(formOf(new URLSearchParams()));
    setParams(new URLSearchParams());
  };
  const byActor = (actor: AuditActor) => {
    const next = { ...formOf(new URLSearchParams()), person: actor.id ?? actor.name ?? '' };
    setForm(next);
    setParams(actor.id ? new URLSearchParams({ actorId: actor.id }) : paramsOf(next));
  };

  return (
    <Stack data-testid="audit-page">
      <Title order={1}>{t('audit.title')}</Title>
      <Card withBorder component="form" onSubmit={search} data-testid="audit-search">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <NativeSelect
              label={t('audit.filter.entityType')}
              value={form.entityType}
              onChange={(event) => change('entityType')(event.currentTarget.value)}
              data={[{ value: '', label: t('audit.filter.anyEntity') }, ...ENTITY_TYPES.map((type) => ({ value: type, label: text.entity(type) }))]}
              data-testid="filter-entity-type"
            />
            <TextInput label={t('audit.filter.entityId')} value={form.entityId} onChange={(event) => change('entityId')(event.currentTarget.value)} data-testid="filter-entity-id" />
            <TextInput
              label={t('audit.filter.person')}
              description={t('audit.filter.personHint')}
              value={form.person}
              onChange={(event) => change('person')(event.currentTarget.value)}
              data-testid="filter-person"
            />
            <Autocomplete
              label={t('audit.filter.action')}
              value={form.action}
              onChange={change('action')}
              data={ACTIONS.map((action) => ({ value: action, label: action }))}
              renderOption={({ option }) => (
                <Text size="sm">
                  {text.action(option.value)} <Text span c="dimmed" size="xs">{option.value}</Text>
                </Text>
              )}
              data-testid="filter-action"
            />
            <TextInput type="date" label={t('audit.filter.from')} value={form.from} onChange={(event) => change('from')(event.currentTarget.value)} data-testid="filter-from" />
            <TextInput type="date" label={t('audit.filter.to')} value={form.to} onChange={(event) => change('to')(event.currentTarget.value)} data-testid="filter-to" />
            <TextInput
              label={t('audit.filter.q')}
              placeholder={t('audit.filter.qHint')}
              value={form.q}
              onChange={(event) => change('q')(event.currentTarget.value)}
              style={{ gridColumn: 'span 2' }}
              data-testid="filter-q"
            />
          </SimpleGrid>
          <Group justify="space-between">
            <Group gap="sm">
              <Button type="submit" leftSection={<IconSearch size={18} aria-hidden />} data-testid="audit-search-submit">
                {t('audit.filter.search')}
              </Button>
              <Button variant="default" onClick={clear}>
                {t('audit.filter.clear')}
              </Button>
            </Group>
            <Button variant="light" leftSection={<IconFileExport size={18} aria-hidden />} onClick={() => setExporting(true)} data-testid="audit-export">
              {t('audit.export.open')}
            </Button>
          </Group>
        </Stack>
      </Card>

      {records.isError && <QueryProblem error={records.error} onRetry={() => void records.refetch()} />}
      {records.isPending && <Text c="dimmed">{t('audit.loading')}</Text>}
      {records.isSuccess && <RecordList records={rows} onActor={byActor} />}
      {records.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void records.fetchNextPage()} loading={records.isFetchingNextPage} data-testid="audit-load-more">
            {t('audit.loadMore')}
          </Button>
        </Group>
      )}
      {records.isSuccess && !records.hasNextPage && rows.length > 0 && (
        <Text size="sm" c="dimmed" ta="center" data-testid="audit-end">
          {t('audit.end', { count: rows.length })}
        </Text>
      )}

      {admin && (
        <Card withBorder data-testid="audit-admin">
          <Title order={2} size="h4" mb="xs">
            {t('audit.verify.title')}
          </Title>
          <VerifyChain />
        </Card>
      )}
      {admin && <DeadLetters />}
      {exporting && <AuditExportDialog filter={filter} onClose={() => setExporting(false)} />}
    </Stack>
  );
}
