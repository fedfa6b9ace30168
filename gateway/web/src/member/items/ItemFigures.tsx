import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import type { ItemPrice } from './api';

/** Where the item stands at auction, from `price`: not listed, listed, bids, hammer price. */
export type AuctionState = 'NOT_LISTED' | 'LISTED' | 'SOLD';

export function auctionState(price: ItemPrice | null): AuctionState {
  if (!price) return 'NOT_LISTED';
  if (price.hammerPrice !== null && price.hammerPrice !== undefined) return 'SOLD';
  return 'LISTED';
}

const STATE_COLORS: Record<AuctionState, string> = { NOT_LISTED: 'gray', LISTED: 'blue', SOLD: 'teal' };

/** The auction figures of one item: current bid and end time while listed, the hammer price once sold. */
export function ItemFigures({ price }: { price: ItemPrice | null }) {
  const { t } = useTranslation();
  const { yen, dateTime } = useFormat();
  const state = auctionState(price);
  return (
    <Stack gap={4} data-testid="item-figures" data-state={state}>
      <Group gap="xs">
        <Badge color={STATE_COLORS[state]} variant="light" tt="none" leftSection={<IconGavel size={14} aria-hidden />}>
          {t(`items.auction.state.${state}`)}
        </Badge>
      </Group>
      {price && state === 'SOLD' && (
        <Text size="sm">
          {t('items.auction.hammerPrice')}:{' '}
          <Text span fw={700} size="lg" data-testid="item-hammer-price">
            {yen(price.hammerPrice!)}
          </Text>
        </Text>
      )}
      {price && state === 'LISTED' && (
        <>
          <Text size="sm">
            {t('items.auction.currentBid')}:{' '}
            {price.currentBid !== null && price.currentBid !== undefined ? (
              <Text span fw={700} size="lg" data-testid="item-current-bid">
                {yen(price.currentBid)}
              </Text>
            ) : (
              <Text span c="dimmed" data-testid="item-no-bids">
                {t('items.auction.noBids')}
              </Text>
            )}
          </Text>
          {price.endsAt && (
            <Text size="sm" c="dimmed" data-testid="item-ends-at">
              {t('items.auction.endsAt', { time: dateTime(price.endsAt) })}
            </Text>
          )}
        </>
      )}
      {price && state === 'SOLD' && price.endsAt && (
        <Text size="sm" c="dimmed" data-testid="item-ended-at">
          {t('items.auction.endedAt', { time: dateTime(price.endsAt) })}
        </Text>
      )}
    </Stack>
  );
}
