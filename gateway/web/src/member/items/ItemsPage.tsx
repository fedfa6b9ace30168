import { Card, Center, EmptyState, Group, Image, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useFormat } from '../format';
import { type MemberItem, photoUrl, useItemFields, useOwnItems } from './api';
import { AuctionLink } from './AuctionLink';
import { itemName, ItemValues, RequestLink } from './ItemCard';
import { auctionState, ItemFigures } from './ItemFigures';

/** Listed, sold and the sum of the hammer prices so far: the member's items at a glance. */
function Summary({ items }: { items: MemberItem[] }) {
  const { t } = useTranslation();
  const { yen, integer } = useFormat();
  const listed = items.filter((item) => auctionState(item.price) === 'LISTED').length;
  const sold = items.filter((item) => auctionState(item.price) === 'SOLD');
  const total = sold.reduce((sum, item) => sum + (item.price?.hammerPrice ?? 0), 0);
  const tiles = [
    { key: 'all', label: t('items.summary.all'), value: integer(items.length) },
    { key: 'listed', label: t('items.summary.listed'), value: integer(listed) },
    { key: 'sold', label: t('items.summary.sold'), value: integer(sold.length) },
    { key: 'hammerTotal', label: t('items.summary.hammerTotal'), value: yen(total) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" data-testid="items-summary">
      {tiles.map((tile) => (
        <Paper key={tile.key} withBorder radius="md" p="sm" data-testid={`items-summary-${tile.key}`}>
          <Text size="xs" c="dimmed">
            {tile.label}
          </Text>
          <Text fw={700} size="lg">
            {tile.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ItemRow({ item, fields }: { item: MemberItem; fields: Parameters<typeof ItemValues>[0]['fields'] }) {
  const { t } = useTranslation();
  const photo = item.photos[0];
  return (
    <Card withBorder radius="md" padding="md" data-testid="item-card" data-item-id={item.id} component="article" aria-label={itemName(item)}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {photo ? (
          <Image src={photoUrl(item.id, photo.id)} alt={t('items.photos.alt', { number: 1 })} w={72} h={72} fit="cover" radius="sm" loading="lazy" />
        ) : (
          <Center w={72} h={72} bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-sm)', flex: 'none' }} aria-hidden>
            <IconPackage size={28} color="var(--mantine-color-gray-5)" />
          </Center>
        )}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Stack gap={0}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }} data-testid="item-name">
              {itemName(item)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('items.number', { number: item.number })}
            </Text>
            <RequestLink item={item} />
          </Stack>
          <ItemValues item={item} fields={fields} />
          <ItemFigures price={item.price} />
        </Stack>
      </Group>
    </Card>
  );
}

/** `/items`: every item the member consigned, across requests, with its auction figures. */
export function ItemsPage() {
  const { t } = useTranslation();
  const items = useOwnItems();
  const fields = useItemFields();

  let body;
  if (items.isError || fields.isError) {
    const failed = items.isError ? items : fields;
    body = <QueryProblem error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (items.isPending || fields.isPending) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else if (items.data.length === 0) {
    body = (
      <Card withBorder radius="md" padding="xl" data-testid="items-empty">
        <EmptyState icon={<IconPackage size={32} />} variant="light" title={t('items.empty.title')} description={t('items.empty.text')} />
      </Card>
    );
  } else {
    // Newest first, like the requests.
    const sorted = [...items.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    body = (
      <Stack gap="sm">
        <Summary items={items.data} />
        <Stack gap="sm" data-testid="item-list">
          {sorted.map((item) => (
            <ItemRow key={item.id} item={item} fields={fields.data.fields} />
          ))}
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={760} data-testid="items-page">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {t('items.title')}
        </Title>
        <Text c="dimmed">{t('items.intro')}</Text>
      </Stack>
      <Paper withBorder radius="md" p="md" bg="indigo.0">
        <Group justify="space-between" gap="sm">
          <Text size="sm" style={{ flex: '1 1 14rem' }}>
            {t('items.auction.text')}
          </Text>
          <AuctionLink />
        </Group>
      </Paper>
      {body}
    </Stack>
  );
}
