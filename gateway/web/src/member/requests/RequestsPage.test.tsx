import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../shared/i18n';
import { renderRoutes } from '../../test/render';
import { listedRequest, memberRequest } from '../../test/requestRecords';
import { stubApi } from '../../test/stubApi';
import { memberRoutes } from '../routes';

describe('requests page', () => {
  it('lists the requests newest first, each status in its own colours with the member-facing label', async () => {
    const older = listedRequest();
    const newer = memberRequest({ id: 'request-3', number: 'R-000103', createdAt: '2026-11-05T00:00:00Z' });
    // The page does not rely on the service's order.
    stubApi([{ method: 'GET', path: '/api/requests/me', answer: { status: 200, body: [older, newer] } }]);

    renderRoutes(memberRoutes, '/requests');

    const cards = await screen.findAllByTestId('request-card');
    expect(cards.map((card) => within(card).getByTestId('request-number').textContent)).toEqual(['R-000103', 'R-000102']);
    const badge = within(cards[0]).getByTestId('request-status');
    expect(badge).toHaveTextContent('キット発送済み');
    expect(badge).toHaveStyle({ backgroundColor: '#fff3bf', color: '#5c3c00' });
    expect(within(cards[1]).getByTestId('request-status')).toHaveStyle({ backgroundColor: '#d3f9d8', color: '#2b8a3e' });
    expect(cards[0]).toHaveTextContent('宅配キット · キット 2箱');
    expect(within(cards[0]).getByTestId('request-since')).toHaveTextContent(/2026.*から/);
    expect(cards[0]).toHaveAttribute('href', '/requests/request-3');
    expect(screen.getByTestId('request-kit-button')).toHaveAttribute('href', '/requests/new');
    expect(screen.getByTestId('request-kit-button')).toHaveTextContent('宅配キットを申し込む');
  });

  it('shows a hold and its note on the request', async () => {
    stubApi([
      {
        method: 'GET',
        path: '/api/requests/me',
        answer: { status: 200, body: [memberRequest({ hold: { note: '5日以降にお届けします', since: '2026-11-03T02:00:00Z' } }), listedRequest()] },
      },
    ]);

    renderRoutes(memberRoutes, '/requests');

    const [onHold, other] = await screen.findAllByTestId('request-card');
    expect(within(onHold).getByTestId('request-hold')).toHaveTextContent('保留中');
    expect(within(onHold).getByTestId('request-hold')).toHaveTextContent('5日以降にお届けします');
    expect(within(other).queryByTestId('request-hold')).not.toBeInTheDocument();
  });

  it('shows the label in English when the member reads English', async () => {
    await changeLanguage('en');
    stubApi([{ method: 'GET', path: '/api/requests/me', answer: { status: 200, body: [memberRequest()] } }]);

    renderRoutes(memberRoutes, '/requests');

    expect(await screen.findByTestId('request-status')).toHaveTextContent('Kit sent');
    expect(screen.getByTestId('request-card')).toHaveTextContent('Delivery kit · Kits: 2');
  });

  it('invites a member without requests to make the first one', async () => {
    stubApi([{ method: 'GET', path: '/api/requests/me', answer: { status: 200, body: [] } }]);

    renderRoutes(memberRoutes, '/requests');

    const empty = await screen.findByTestId('requests-empty');
    expect(empty).toHaveTextContent('まだ依頼はありません');
    expect(within(empty).getByTestId('request-kit-button')).toHaveAttribute('href', '/requests/new');
    expect(screen.getAllByTestId('request-kit-button')).toHaveLength(1);
  });
});
