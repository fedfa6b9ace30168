import { Alert, Anchor, Button, Card, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useFormat } from '../format';
import { deleteItem, type FieldDef, type ItemValue, memberFields, type MemberItem, OWN_ITEMS_QUERY_KEY, updateItem } from './api';
import { ItemFigures } from './ItemFigures';
import { ItemForm } from './ItemForm';
import { ItemPhotos } from './ItemPhotos';

/** Keys shown elsewhere on the card (the heading) rather than in the list of values. */
const HEADING_KEYS = new Set(['name']);

/** A stored value in words: option labels, yes/no, yen, dates in the UI language. */
export function useValueText() {
  const { t } = useTranslation();
  const { text, yen, localDate, integer } = useFormat();
  return (field: FieldDef, value: ItemValue): string => {
    if (field.type === 'BOOLEAN') return value === true ? t('items.value.yes') : t('items.value.no');
    if (field.type === 'MONEY' && typeof value === 'number') return yen(value);
    if (field.type === 'NUMBER' && typeof value === 'number') return integer(value);
    if (field.type === 'DATE' && typeof value === 'string') return localDate(value);
    if (field.type === 'SELECT') {
      const option = field.options.find((candidate) => candidate.value === value);
      return option ? text(option.label, String(value)) : String(value);
    }
    return String(value);
  };
}

/** The item's name, or its number while it has none. */
export function itemName(item: MemberItem): string {
  const name = item.values.name;
  return typeof name === 'string' && name.trim() ? name : item.number;
}

const hasValue = (value: ItemValue | undefined) => value !== null && value !== undefined && value !== '';

/** The values the member can see, labelled, in the configured order. */
export function ItemValues({ item, fields }: { item: MemberItem; fields: FieldDef[] }) {
  const { text } = useFormat();
  const valueText = useValueText();
  const shown = [...fields].sort((a, b) => a.order - b.order).filter((field) => !HEADING_KEYS.has(field.key) && hasValue(item.values[field.key]));
  if (shown.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} verticalSpacing={4} component="dl" m={0} data-testid="item-values">
      {shown.map((field) => (
        <div key={field.key} data-testid={`item-value-${field.key}`}>
          <Text component="dt" size="xs" c="dimmed">
            {text(field.label, field.key)}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {valueText(field, item.values[field.key])}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

export interface ItemCardProps {
  item: MemberItem;
  /** Every configured field (labels of staff fields such as the listing title too). */
  fields: FieldDef[];
  canEdit: boolean;
  canDelete: boolean;
  /** Reloads the items (after an edit, a photo, or to get the latest version after a 409). */
  onChanged: () => Promise<unknown>;
  /** Extra content under the heading (the request link on the items page). */
  extra?: ReactNode;
}

/** One item of a request: what the member entered, photos, auction figures; edit and delete while allowed. */
export function ItemCard({ item, fields, canEdit, canDelete, onChanged, extra }: ItemCardProps) {
  const { t } = useTranslation();
  const { text } = useFormat();
  // The version the member started editing: saved against it (a change made meanwhile is a 409,
  // never overwritten), moved on only when they load the latest version.
  const [editing, setEditing] = useState<MemberItem | null>(null);
  const queryClient = useQueryClient();
  /** The newest copy of this item among the loaded item lists (the cache is fresh once a refetch resolved). */
  const latest = (): MemberItem =>
    queryClient
      .getQueriesData<MemberItem[]>({ queryKey: OWN_ITEMS_QUERY_KEY })
      .flatMap(([, data]) => data ?? [])
      .filter((candidate) => candidate.id === item.id)
      .reduce((newest, candidate) => (candidate.version > newest.version ? candidate : newest), item);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const editable = memberFields(fields);
  const missing = editable.filter((field) => field.required && item.missingRequired?.includes(field.key));

  const remove = async () => {
    if (!window.confirm(t('items.delete.confirm', { name: itemName(item) }))) return;
    setDeleting(true);
    setError(null);
    try {
      await deleteItem(item);
      await onChanged();
    } catch (cause) {
      setError(cause);
      setDeleting(false);
    }
  };

  return (
    <Card withBorder radius="md" padding="md" data-testid="item-card" data-item-id={item.id} component="article" aria-label={itemName(item)}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }} data-testid="item-name">
              {itemName(item)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('items.number', { number: item.number })}
            </Text>
            {extra}
          </Stack>
          {canEdit && !editing && (
            <Button variant="subtle" size="compact-sm" leftSection={<IconPencil size={16} />} onClick={() => setEditing(item)} data-testid="item-edit">
              {t('items.edit')}
            </Button>
          )}
        </Group>
        {missing.length > 0 && !editing && (
          <Alert color="orange" variant="light" icon={<IconAlertCircle size={16} />} p="xs" data-testid="item-missing">
            <Text size="sm">{t('items.missing', { fields: missing.map((field) => text(field.label, field.key)).join('、') })}</Text>
          </Alert>
        )}
        {editing ? (
          <ItemForm
            key={editing.version}
            fields={editable}
            initial={editing.values}
            submitLabel={t('items.form.save')}
            onSubmit={async (values) => {
              await updateItem(editing, values);
              await onChanged();
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
            onReload={async () => {
              await onChanged();
              setEditing(latest());
            }}
            testId="item-edit-form"
          />
        ) : (
          <ItemValues item={item} fields={fields} />
        )}
        {/* Not while the values are being edited: a photo moves the item's version on. */}
        <ItemPhotos item={item} editable={canEdit && !editing} onChanged={onChanged} />
        <Divider />
        <ItemFigures price={item.price} />
        {canDelete && !editing && (
          <Group justify="flex-end">
            <Button variant="subtle" color="red" size="compact-sm" leftSection={<IconTrash size={16} />} loading={deleting} onClick={() => void remove()} data-testid="item-delete">
              {t('items.delete.button')}
            </Button>
          </Group>
        )}
        {error !== null && <QueryProblem error={error} />}
      </Stack>
    </Card>
  );
}

/** "依頼 R-000123" linking to the item's request. */
export function RequestLink({ item }: { item: MemberItem }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/requests/${encodeURIComponent(item.requestId)}`} size="sm" data-testid="item-request-link">
      {t('items.request', { number: item.requestNumber })}
    </Anchor>
  );
}
