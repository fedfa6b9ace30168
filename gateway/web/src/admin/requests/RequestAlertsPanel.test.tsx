import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestView, STAFF } from '../../test/workflowRecords';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi, type StubRoute } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import { ALERTS_REFRESH_MS } from './api';

const UNCONFIRMED: StubRoute = { method: 'GET', path: '/api/members', answer: { status: 200, body: { content: [], page: { size: 10, number: 0, totalElements: 0, totalPages: 0 } } } };

const late = requestView('KIT_SENT', { id: 'req-7', number: 'R-000107', memberName: '伊藤 由美', attention: ['KIT_NOT_RETURNED'], overdue: true, statusSince: '2026-10-01T00:00:00Z' });
const unverified = requestView('ITEMS_RECEIVED', { id: 'req-8', number: 'R-000108', memberName: '小林 大輔', memberVerification: 'PENDING', attention: ['UNVERIFIED_MEMBER_ITEMS'] });
const ALERTS = { counts: { OVERDUE: 0, KIT_NOT_RETURNED: 2, UNVERIFIED_MEMBER_ITEMS: 1, MAIL_FAILED: 3 }, requests: [late, unverified] };
const CALM = { counts: { OVERDUE: 0, KIT_NOT_RETURNED: 0, UNVERIFIED_MEMBER_ITEMS: 0, MAIL_FAILED: 0 }, requests: [] };

describe('front page alerts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows big counts per kind, red for what is late or failed and orange for unverified members, and the oldest requests', async () => {
    stubApi([UNCONFIRMED, { method: 'GET', path: '/api/requests/alerts', answer: { status: 200, body: ALERTS } }], STAFF);
    renderRoutes(adminRoutes, '/');

    const panel = await screen.findByTestId('front-alerts');
    await within(panel).findByTestId('alert-tile-KIT_NOT_RETURNED');
    expect(panel).toHaveAttribute('data-state', 'attention');
    const tile = (kind: string) => within(panel).getByTestId(`alert-tile-${kind}`);
    expect(tile('KIT_NOT_RETURNED')).toHaveAttribute('data-count', '2');
    expect(tile('KIT_NOT_RETURNED')).toHaveAttribute('data-color', 'red');
    expect(tile('MAIL_FAILED')).toHaveAttribute('data-color', 'red');
    expect(tile('UNVERIFIED_MEMBER_ITEMS')).toHaveAttribute('data-color', 'orange');
    expect(tile('OVERDUE')).toHaveAttribute('data-color', 'gray');
    expect(within(tile('MAIL_FAILED')).getByTestId('alert-count-MAIL_FAILED')).toHaveTextContent('3');
    expect(tile('KIT_NOT_RETURNED')).toHaveAttribute('href', '/requests?view=list&attention=KIT_NOT_RETURNED');

    const rows = within(panel).getAllByTestId('alert-request');
    expect(rows.map((row) => within(row).getByRole('link', { name: /R-/ }).textContent)).toEqual(['R-000107', 'R-000108']);
    expect(within(rows[0]).getByRole('link', { name: 'R-000107' })).toHaveAttribute('href', '/requests/req-7');
    expect(within(rows[0]).getByTestId('attention-KIT_NOT_RETURNED')).toBeInTheDocument();
  });

  it('is calm and green when nothing needs attention', async () => {
    stubApi([UNCONFIRMED, { method: 'GET', path: '/api/requests/alerts', answer: { status: 200, body: CALM } }], STAFF);
    renderRoutes(adminRoutes, '/');

    expect(await screen.findByTestId('alerts-calm')).toHaveTextContent('対応が必要な依頼はありません。');
    expect(screen.getByTestId('front-alerts')).toHaveAttribute('data-state', 'calm');
    expect(screen.queryByTestId('alert-tile-OVERDUE')).not.toBeInTheDocument();
  });

  it('refreshes on its own every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const gateway = stubApi([UNCONFIRMED, { method: 'GET', path: '/api/requests/alerts', answer: inTurn({ status: 200, body: CALM }, { status: 200, body: ALERTS }) }], STAFF);
    renderRoutes(adminRoutes, '/');
    await screen.findByTestId('alerts-calm');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(ALERTS_REFRESH_MS);
    });

    expect(await screen.findByTestId('alert-tile-MAIL_FAILED')).toHaveAttribute('data-count', '3');
    expect(gateway.calls('GET', '/api/requests/alerts')).toHaveLength(2);
  });
});
