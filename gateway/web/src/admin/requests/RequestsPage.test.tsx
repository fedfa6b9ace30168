import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { board, requestView, STAFF, TYPES } from '../../test/workflowRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const TYPES_ROUTE = { method: 'GET', path: '/api/requests/types', answer: { status: 200, body: TYPES } };

const requested = requestView('KIT_REQUESTED', {
  id: 'req-1', number: 'R-000101', memberId: 'member-1', memberName: '山田 花子',
  dueAt: '2026-11-22T10:00:00Z', overdue: true, attention: ['OVERDUE'],
  hold: { note: '5日以降にお届け', since: '2026-11-21T10:00:00Z', by: '佐藤 一郎' },
});
const requested2 = requestView('KIT_REQUESTED', { id: 'req-2', number: 'R-000102', memberId: 'member-2', memberName: '高橋 健' });
const sent = requestView('KIT_SENT', { id: 'req-3', number: 'R-000103', memberId: 'member-3', memberName: '伊藤 由美', attention: ['KIT_NOT_RETURNED', 'MAIL_FAILED'], overdue: true, dueAt: '2026-11-01T00:00:00Z' });
const received = requestView('ITEMS_RECEIVED', { id: 'req-4', number: 'R-000104', memberId: 'member-4', memberName: '小林 大輔', memberVerification: 'PENDING', attention: ['UNVERIFIED_MEMBER_ITEMS'] });
const BOARD = { method: 'GET', path: '/api/requests/board', answer: { status: 200, body: board([requested, requested2, sent, received]) } };

describe('request board', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows one column per status in order, headed in the status colours with the count', async () => {
    const gateway = stubApi([TYPES_ROUTE, BOARD], STAFF);
    renderRoutes(adminRoutes, '/requests');

    const columns = await screen.findAllByTestId('board-column');
    expect(columns.map((column) => within(column).getByTestId('board-column-name').textContent)).toEqual(['キット依頼', 'キット発送済み', '品物到着', '出品中', 'キャンセル']);
    const header = within(columns[1]).getByTestId('board-column-header');
    expect(header).toHaveStyle({ background: '#fff3bf', color: '#7c5800' });
    expect(within(columns[0]).getByTestId('board-column-count')).toHaveTextContent('2');
    expect(within(columns[4]).getByTestId('board-column-count')).toHaveTextContent('0');
    expect(gateway.calls('GET', '/api/requests/board')[0].query.get('type')).toBe('KIT');
    expect(screen.getByTestId('type-tab-KIT')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('type-tab-WALK_IN')).toHaveTextContent('来店');
  });

  it('shows on each card the number, the member with a link and the badges that must not be missed', async () => {
    stubApi([TYPES_ROUTE, BOARD], STAFF);
    renderRoutes(adminRoutes, '/requests');

    const cards = await screen.findAllByTestId('request-card');
    const first = cards.find((card) => card.dataset.request === 'req-1')!;
    expect(within(first).getByTestId('request-number')).toHaveTextContent('R-000101');
    expect(within(first).getByTestId('request-number')).toHaveAttribute('href', '/requests/req-1');
    expect(within(first).getByTestId('request-member')).toHaveAttribute('href', '/members/member-1');
    expect(within(first).getByTestId('attention-OVERDUE')).toHaveTextContent('期限超過');
    expect(within(first).getByTestId('hold-badge')).toHaveTextContent('保留中');
    expect(within(first).getByTestId('hold-note')).toHaveTextContent('5日以降にお届け');
    expect(within(first).getByTestId('request-due')).toHaveTextContent('期限切れ');
    const kit = cards.find((card) => card.dataset.request === 'req-3')!;
    expect(within(kit).getByTestId('attention-KIT_NOT_RETURNED')).toHaveTextContent('キット未返送');
    expect(within(kit).getByTestId('attention-MAIL_FAILED')).toHaveTextContent('メール送信失敗');
    const unverified = cards.find((card) => card.dataset.request === 'req-4')!;
    expect(within(unverified).getByTestId('attention-UNVERIFIED_MEMBER_ITEMS')).toBeInTheDocument();
    expect(within(cards.find((card) => card.dataset.request === 'req-2')!).queryByTestId('request-flags')).not.toBeInTheDocument();
  });

  it('filters the cards by number or member name', async () => {
    stubApi([TYPES_ROUTE, BOARD], STAFF);
    renderRoutes(adminRoutes, '/requests');
    await screen.findAllByTestId('request-card');

    await userEvent.type(screen.getByTestId('request-filter'), '高橋');
    await waitFor(() => expect(screen.getAllByTestId('request-card').map((card) => card.dataset.request)).toEqual(['req-2']));
    expect(screen.getAllByTestId('board-column-count')[0]).toHaveTextContent('1 / 2');

    await userEvent.clear(screen.getByTestId('request-filter'));
    await userEvent.type(screen.getByTestId('request-filter'), 'r-000103');
    await waitFor(() => expect(screen.getAllByTestId('request-card').map((card) => card.dataset.request)).toEqual(['req-3']));
  });

  it('moves the selected requests together with a comment and shows what came of each', async () => {
    const gateway = stubApi(
      [
        TYPES_ROUTE,
        BOARD,
        {
          method: 'POST',
          path: '/api/requests/transitions',
          answer: {
            status: 200,
            body: {
              results: [
                { requestId: 'req-1', number: 'R-000101', moved: true, problem: null },
                { requestId: 'req-2', number: 'R-000102', moved: true, problem: null },
                { requestId: 'req-3', number: 'R-000103', moved: false, problem: { code: 'illegal-transition', detail: 'KIT_SENT cannot move to CANCELLED' } },
              ],
            },
          },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests');
    const columns = await screen.findAllByTestId('board-column');

    await userEvent.click(within(columns[0]).getByTestId('column-select'));
    const sentCard = within(columns[1]).getByTestId('request-card');
    await userEvent.click(within(sentCard).getByTestId('request-select'));
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('3 件を選択中');

    await userEvent.click(screen.getByTestId('bulk-target'));
    // The targets are the statuses any selected request may move to.
    const options = (await screen.findAllByRole('option', { hidden: true })).map((option) => option.textContent);
    expect(options).toEqual(['キット発送済み', '品物到着', 'キャンセル']);
    await userEvent.click(await screen.findByRole('option', { name: 'キャンセル', hidden: true }));
    await userEvent.click(screen.getByTestId('bulk-move'));
    const dialog = await screen.findByTestId('bulk-dialog');
    await userEvent.type(within(dialog).getByTestId('bulk-comment'), 'お客様のご都合');
    await userEvent.click(within(dialog).getByTestId('bulk-confirm'));

    const results = await screen.findByTestId('bulk-results');
    const [sentRequest] = gateway.calls('POST', '/api/requests/transitions');
    expect(sentRequest.body).toEqual({ requestIds: ['req-1', 'req-2', 'req-3'], to: 'CANCELLED', comment: 'お客様のご都合' });
    expect(sentRequest.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(results).toHaveTextContent('2 件移動、1 件は移動できませんでした');
    const rows = within(results).getAllByTestId('bulk-result');
    expect(rows.map((row) => row.dataset.moved)).toEqual(['true', 'true', 'false']);
    expect(rows[2]).toHaveTextContent('R-000103');
    expect(rows[2]).toHaveTextContent('「キット発送済み」から「キャンセル」へは進められません。');
    // The refused one stays selected for another try.
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('1 件を選択中');
  });

  it('switches to a plain list with filters and pages', async () => {
    const gateway = stubApi(
      [
        TYPES_ROUTE,
        BOARD,
        {
          method: 'GET',
          path: '/api/requests',
          answer: { status: 200, body: { content: [sent], page: { size: 20, number: 0, totalElements: 41, totalPages: 3 } } },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests');
    await screen.findAllByTestId('board-column');

    await userEvent.click(within(screen.getByTestId('view-toggle')).getByText('一覧'));
    const row = await screen.findByTestId('request-row');
    expect(row).toHaveTextContent('R-000103');
    expect(within(row).getByTestId('request-status')).toHaveTextContent('キット発送済み');
    expect(screen.getByTestId('request-total')).toHaveTextContent('41 件');
    expect(gateway.calls('GET', '/api/requests').at(-1)!.query.get('type')).toBe('KIT');

    await userEvent.click(screen.getByTestId('list-filter-attention'));
    await userEvent.click(await screen.findByRole('option', { name: 'キット未返送', hidden: true }));
    await waitFor(() => expect(gateway.calls('GET', '/api/requests').at(-1)!.query.get('attention')).toBe('KIT_NOT_RETURNED'));

    await userEvent.click(screen.getByTestId('list-filter-hold'));
    await userEvent.click(await screen.findByRole('option', { name: '保留中のみ', hidden: true }));
    await waitFor(() => expect(gateway.calls('GET', '/api/requests').at(-1)!.query.get('onHold')).toBe('true'));

    await userEvent.click(screen.getByRole('button', { name: '次のページ' }));
    await waitFor(() => expect(gateway.calls('GET', '/api/requests').at(-1)!.query.get('page')).toBe('1'));
    expect(gateway.calls('GET', '/api/requests').at(-1)!.query.get('attention')).toBe('KIT_NOT_RETURNED');
  });
});
