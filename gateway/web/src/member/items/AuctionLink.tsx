import { Button, type ButtonProps } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Where the gateway signs the member in to the auction system and hands them over. */
export const AUCTION_PATH = '/auction';

/**
 * "オークションサイトを開く": a plain full-page navigation (not a router link), because `/auction` is
 * the gateway's, which redirects the signed-in member to the auction system with a one-time hand-off.
 */
export function AuctionLink(props: ButtonProps) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={AUCTION_PATH} variant="light" rightSection={<IconExternalLink size={16} aria-hidden />} data-testid="auction-link" {...props}>
      {t('items.auction.open')}
    </Button>
  );
}
