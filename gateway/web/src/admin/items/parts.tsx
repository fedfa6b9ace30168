import { Badge, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldDef, ItemView } from './api';
import { useItemText } from './format';

/** The "必須未入力" marker: how many required fields are empty, which ones on hover. */
export function MissingMarker({ item, fields }: { item: ItemView; fields: FieldDef[] | undefined }) {
  const { t } = useTranslation();
  const text = useItemText();
  if (item.missingRequired.length === 0) return null;
  const labels = item.missingRequired.map((key) => text.label(fields?.find((field) => field.key === key), key)).join('、');
  return (
    <Tooltip label={labels} withArrow>
      <Badge color="red" variant="light" data-testid="missing-marker" aria-label={t('adminItems.list.missingLabel', { fields: labels })}>
        {t('adminItems.list.missing', { count: item.missingRequired.length })}
      </Badge>
    </Tooltip>
  );
}

/** Current bid and hammer price in yen; "not listed" before the auction system knows the item. */
export function PriceCells({ item }: { item: ItemView }) {
  const { t } = useTranslation();
  const text = useItemText();
  if (!item.price) {
    return (
      <Table.Td colSpan={2}>
        <Text size="sm" c="dimmed">
          {t('adminItems.price.notListed')}
        </Text>
      </Table.Td>
    );
  }
  return (
    <>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="current-bid">
        {text.yen(item.price.currentBid) || '—'}
      </Table.Td>
      <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="hammer-price">
        {text.yen(item.price.hammerPrice) || '—'}
      </Table.Td>
    </>
  );
}
