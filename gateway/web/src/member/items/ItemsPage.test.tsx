import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { verifiedRecord } from '../../test/memberRecords';
import { renderRoutes } from '../../test/render';
import { itemFields, memberItem } from '../../test/requestRecords';
import { stubApi } from '../../test/stubApi';
import { memberRoutes } from '../routes';

const listed = memberItem({
  id: 'item-1',
  requestId: 'request-2',
  requestNumber: 'R-000102',
  createdAt: '2026-11-05T00:00:00Z',
  photos: [{ id: 'photo-1', contentType: 'image/jpeg', size: 10 }],
  price: { auctionId: 'a-1', listedAt: '2026-11-10T00:00:00Z', currentBid: 12000, endsAt: '2026-11-17T12:00:00Z', hammerPrice: null, updatedAt: '2026-11-11T00:00:00Z' },
});
const sold = memberItem({
  id: 'item-2',
  number: 'I-000124',
  values: { name: '腕時計', brand: 'SEIKO' },
  requestId: 'request-1',
  requestNumber: 'R-000101',
  createdAt: '2026-10-05T00:00:00Z',
  price: { auctionId: 'a-2', listedAt: '2026-10-10T00:00:00Z', currentBid: 40000, endsAt: '2026-10-17T12:00:00Z', hammerPrice: 42000, updatedAt: '2026-10-17T12:00:00Z' },
});
const waiting = memberItem({ id: 'item-3', number: 'I-000125', values: { name: 'スニーカー' }, createdAt: '2026-11-06T00:00:00Z' });

function stubItems(items = [listed, sold, waiting]) {
  return stubApi([
    { method: 'GET', path: '/api/items/me', answer: { status: 200, body: items } },
    { method: 'GET', path: '/api/items/fields', answer: { status: 200, body: itemFields() } },
  ]);
}

describe('items page', () => {
  it('lists every item across requests with its figures in yen and a link to its request', async () => {
    const gateway = stubItems();

    renderRoutes(memberRoutes, '/items');

    const cards = await screen.findAllByTestId('item-card');
    expect(cards.map((card) => within(card).getByTestId('item-name').textContent)).toEqual(['スニーカー', 'ショルダーバッグ', '腕時計']);
    expect(gateway.calls('GET', '/api/items/me')[0].query.has('requestId')).toBe(false);
    const [notListed, bag, watch] = cards;
    expect(within(notListed).getByTestId('item-figures')).toHaveTextContent('未出品');
    expect(within(bag).getByTestId('item-current-bid')).toHaveTextContent('12,000円');
    expect(within(bag).getByTestId('item-request-link')).toHaveAttribute('href', '/requests/request-2');
    expect(within(bag).getByTestId('item-request-link')).toHaveTextContent('依頼 R-000102');
    expect(within(bag).getByRole('img')).toHaveAttribute('src', '/api/items/me/item-1/photos/photo-1');
    expect(within(watch).getByTestId('item-hammer-price')).toHaveTextContent('42,000円');
    expect(within(watch).getByTestId('item-request-link')).toHaveAttribute('href', '/requests/request-1');
    expect(screen.getByTestId('items-summary-listed')).toHaveTextContent('1');
    expect(screen.getByTestId('items-summary-hammerTotal')).toHaveTextContent('42,000円');
  });

  it('opens the auction site through the gateway with a full page navigation', async () => {
    stubItems();

    renderRoutes(memberRoutes, '/items');

    const link = await screen.findByTestId('auction-link');
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute('href', '/auction');
    expect(link).toHaveTextContent('オークションサイトを開く');
    // A router link would carry React Router's discovery marker; this one is a plain anchor.
    expect(link).not.toHaveAttribute('data-discover');
  });

  it('says when there are no items yet', async () => {
    stubItems([]);

    renderRoutes(memberRoutes, '/items');

    expect(await screen.findByTestId('items-empty')).toHaveTextContent('まだ委託品はありません');
  });
});

describe('home page', () => {
  it('offers a member the auction site and the kit request form', async () => {
    stubApi([{ method: 'GET', path: '/api/members/me', answer: { status: 200, body: verifiedRecord() } }]);

    renderRoutes(memberRoutes, '/');

    expect(await screen.findByTestId('auction-link')).toHaveAttribute('href', '/auction');
    expect(await screen.findByTestId('home-kit-request-button')).toHaveAttribute('href', '/requests/new');
    expect(within(screen.getByTestId('home-card-request')).queryByText('準備中')).not.toBeInTheDocument();
  });

  it('does not offer the auction site to a visitor who is not logged in', async () => {
    stubApi([], null);

    renderRoutes(memberRoutes, '/');

    expect(await screen.findByTestId('home-login-button')).toBeInTheDocument();
    expect(screen.queryByTestId('auction-link')).not.toBeInTheDocument();
  });
});
