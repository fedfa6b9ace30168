import { Alert, Anchor, Badge, Button, Card, Grid, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type FieldError, isApiError, type ProblemDetail, problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type FieldDef, type FieldValue, fetchItem, type ItemView, itemQueryKey, type LoadedItem, patchItem, useItem, useItemFields } from './api';
import { FieldInput } from './FieldInput';
import { dateTime, itemName, useItemText } from './format';
import { PhotosCard } from './PhotosCard';
import { EntityHistory } from '../audit/EntityHistory';

/** `values.brand`, `values[brand]` and `brand` all name the field `brand`. */
export function fieldKeyOf(path: string): string {
  const bracket = /^values\[['"]?([^\]'"]+)['"]?\]/.exec(path);
  if (bracket) return bracket[1];
  return path.startsWith('values.') ? path.slice('values.'.length).split('.')[0] : path;
}

/** The auction system's figures for the item. */
function AuctionCard({ item }: { item: ItemView }) {
  const { t } = useTranslation();
  const text = useItemText();
  const price = item.price;
  return (
    <Card withBorder data-testid="item-auction">
      <Title order={2} size="h4" mb="sm">
        {t('adminItems.price.title')}
      </Title>
      {!price ? (
        <Text c="dimmed">{t('adminItems.price.notListed')}</Text>
      ) : (
        <Table variant="vertical" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={140}>{t('adminItems.price.currentBid')}</Table.Th>
              <Table.Td data-testid="auction-current-bid">{text.yen(price.currentBid) || '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('adminItems.price.hammerPrice')}</Table.Th>
              <Table.Td fw={700} data-testid="auction-hammer-price">
                {text.yen(price.hammerPrice) || '—'}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('adminItems.price.endsAt')}</Table.Th>
              <Table.Td>{dateTime(price.endsAt, text.language) || '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('adminItems.price.listedAt')}</Table.Th>
              <Table.Td>{dateTime(price.listedAt, text.language) || '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('adminItems.price.auctionId')}</Table.Th>
              <Table.Td ff="monospace">{price.auctionId}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('adminItems.price.updatedAt')}</Table.Th>
              <Table.Td>{dateTime(price.updatedAt, text.language) || '—'}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** 409: someone changed the item since this editor read it; the only way on is to load it again. */
function ConflictAlert({ onReload }: { onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [reloading, setReloading] = useState(false);
  return (
    <Alert color="orange" variant="light" title={t('adminItems.editor.conflictTitle')} icon={<IconAlertTriangle size={20} />} role="alert" data-testid="item-conflict">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('adminItems.editor.conflictText')}</Text>
        <Button
          color="orange"
          leftSection={<IconRefresh size={18} />}
          loading={reloading}
          onClick={() => {
            setReloading(true);
            void onReload().finally(() => setReloading(false));
          }}
          data-testid="item-reload"
        >
          {t('adminItems.editor.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

type Failure = { kind: 'conflict' } | { kind: 'problem'; problem: ProblemDetail } | null;

/**
 * The editor of one loaded item: values as edited on top of the stored ones; a save sends only the
 * edited ones with the version this editor read in If-Match.
 */
function ItemEditor({ initial, fields }: { initial: LoadedItem; fields: FieldDef[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState(initial);
  const [draft, setDraft] = useState<Record<string, FieldValue>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<Failure>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const text = useItemText();
  const item = loaded.item;
  const shown = fields.filter((field) => !field.retired).sort((a, b) => a.order - b.order);
  const dirty = Object.keys(draft).length > 0;

  const edit = (key: string) => (value: FieldValue) => {
    setSaved(false);
    setDraft((current) => {
      const next = { ...current };
      const stored = item.values[key] ?? null;
      if (value === stored || (value === null && stored === '')) delete next[key];
      else next[key] = value;
      return next;
    });
    setErrors((current) => {
      if (!(key in current)) return current;
      const rest = { ...current };
      delete rest[key];
      return rest;
    });
  };

  const stored = (next: LoadedItem) => {
    setLoaded(next);
    queryClient.setQueryData(itemQueryKey(next.item.id), next);
  };

  /** After a photo change: the item as stored now, keeping what is being typed. */
  const refreshed = async () => stored(await fetchItem(item.id));

  const reload = async () => {
    try {
      const next = await fetchItem(item.id);
      stored(next);
      setDraft({});
      setErrors({});
      setOtherErrors([]);
      setFailure(null);
    } catch (error) {
      setFailure({ kind: 'problem', problem: problemOf(error) });
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    setSaving(true);
    setFailure(null);
    setOtherErrors([]);
    try {
      stored(await patchItem(item.id, loaded.etag, draft));
      setDraft({});
      setErrors({});
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: ['admin', 'items'] });
    } catch (error) {
      if (isApiError(error) && error.status === 409) setFailure({ kind: 'conflict' });
      else if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
        const byField: Record<string, string> = {};
        const other: FieldError[] = [];
        for (const fieldError of error.problem.errors) {
          const key = fieldKeyOf(fieldError.field ?? '');
          if (shown.some((field) => field.key === key) && !(key in byField)) byField[key] = fieldError.message;
          else other.push(fieldError);
        }
        setErrors(byField);
        setOtherErrors(other);
      } else setFailure({ kind: 'problem', problem: problemOf(error) });
    } finally {
      setSaving(false);
    }
  };

  const valueOf = (key: string) => (key in draft ? draft[key] : item.values[key]);
  const section = (memberEditable: boolean) => {
    const own = shown.filter((field) => field.memberEditable === memberEditable);
    if (own.length === 0) return null;
    return (
      <Paper
        withBorder
        p="md"
        radius="md"
        bg={memberEditable ? 'blue.0' : undefined}
        style={memberEditable ? { borderLeft: '4px solid var(--mantine-color-blue-5)' } : undefined}
        data-testid={memberEditable ? 'member-fields' : 'staff-fields'}
      >
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4">
              {memberEditable ? t('adminItems.editor.memberSection') : t('adminItems.editor.staffSection')}
            </Title>
            <Text size="xs" c="dimmed">
              {memberEditable ? t('adminItems.editor.memberSectionHint') : t('adminItems.editor.staffSectionHint')}
            </Text>
          </div>
          {own.map((field) => (
            <FieldInput
              key={field.key}
              field={field}
              value={valueOf(field.key)}
              onChange={edit(field.key)}
              error={errors[field.key]}
              missing={item.missingRequired.includes(field.key) && !(field.key in draft)}
              disabled={failure?.kind === 'conflict'}
            />
          ))}
        </Stack>
      </Paper>
    );
  };

  return (
    <Stack data-testid="item-editor">
      <Group gap="xs">
        <Anchor component={Link} to="/items">
          {t('adminItems.editor.back')}
        </Anchor>
      </Group>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1}>{itemName(item)}</Title>
            <Badge variant="outline" size="lg" ff="monospace">
              {item.number}
            </Badge>
          </Group>
          <Group gap="md">
            <Text size="sm">
              {t('adminItems.editor.request')}:{' '}
              <Anchor component={Link} to={`/requests/${item.requestId}`} data-testid="item-request-link">
                {item.requestNumber}
              </Anchor>
            </Text>
            <Text size="sm">
              {t('adminItems.editor.member')}:{' '}
              <Anchor component={Link} to={`/members/${item.memberId}`} data-testid="item-member-link">
                {item.memberName}
              </Anchor>
            </Text>
            <Text size="sm" c="dimmed">
              {t('adminItems.editor.updatedAt', { at: dateTime(item.updatedAt, i18n.language) })}
            </Text>
          </Group>
        </Stack>
      </Group>
      {item.missingRequired.length > 0 && (
        <Alert color="red" variant="light" data-testid="item-missing">
          {t('adminItems.editor.missingSummary', {
            fields: item.missingRequired.map((key) => text.label(shown.find((field) => field.key === key), key)).join('、'),
          })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <form onSubmit={(event) => void save(event)} noValidate>
            <Stack>
              {failure?.kind === 'conflict' && <ConflictAlert onReload={reload} />}
              {section(true)}
              {section(false)}
              {otherErrors.length > 0 && (
                <Alert color="red" variant="light" title={t('adminItems.editor.otherErrors')} data-testid="item-other-errors">
                  <List size="sm">
                    {otherErrors.map((error, index) => (
                      <List.Item key={`${error.field}-${index}`}>
                        {error.field}: {error.message}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {failure?.kind === 'problem' && <ProblemDetails problem={failure.problem} />}
              <Paper withBorder p="sm" radius="md" style={{ position: 'sticky', bottom: 0 }}>
                <Group justify="space-between">
                  <div role="status" aria-live="polite">
                    {saved && !dirty ? (
                      <Group gap={6} data-testid="item-saved">
                        <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
                        <Text size="sm" c="teal.9" fw={600}>
                          {t('adminItems.editor.saved')}
                        </Text>
                      </Group>
                    ) : dirty ? (
                      <Text size="sm" c="orange.9" fw={600}>
                        {t('adminItems.editor.unsaved', { count: Object.keys(draft).length })}
                      </Text>
                    ) : null}
                  </div>
                  <Group gap="xs">
                    <Button variant="default" onClick={() => {
                        setDraft({});
                        setErrors({});
                      }} disabled={!dirty || saving}>
                      {t('adminItems.editor.discard')}
                    </Button>
                    <Button type="submit" loading={saving} disabled={!dirty || failure?.kind === 'conflict'} data-testid="item-save">
                      {t('adminItems.editor.save')}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <PhotosCard item={item} onChanged={refreshed} />
            <AuctionCard item={item} />
            <Card withBorder data-testid="item-history">
              <EntityHistory entityType="item" entityId={item.id} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** `/items/:id`: 委託品の編集 — every configured field by type, photos and auction figures. */
export function ItemEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const item = useItem(id);
  const fields = useItemFields();
  useDocumentTitle(item.data ? `${item.data.item.number} ${itemName(item.data.item)}` : t('adminItems.editor.title'));
  // Edits start from what this visit read, not from a cached copy another tab may have outdated.
  const [openedAt] = useState(() => Date.now());
  const fresh = item.data !== undefined && item.dataUpdatedAt >= openedAt;

  if (item.isError) return <QueryProblem error={item.error} onRetry={() => void item.refetch()} />;
  if (fields.isError) return <QueryProblem error={fields.error} onRetry={() => void fields.refetch()} />;
  if (!fresh || !fields.data) return <Text>{t('app.loading')}</Text>;
  return <ItemEditor key={item.data.item.id} initial={item.data} fields={fields.data.config.fields} />;
}
