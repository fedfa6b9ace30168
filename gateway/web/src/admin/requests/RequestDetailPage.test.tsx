import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestDetail, STAFF, TYPES } from '../../test/workflowRecords';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi, type StubRoute } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import type { RequestDetail } from './api';

const TYPES_ROUTE: StubRoute = { method: 'GET', path: '/api/requests/types', answer: { status: 200, body: TYPES } };

const sent = requestDetail('KIT_SENT', {
  memberVerification: 'PENDING',
  dueAt: '2026-12-04T10:00:00Z',
  allowedTransitions: [
    { to: 'ITEMS_RECEIVED', name: { ja: '品物到着', en: 'Items received' }, blockedReason: null },
    { to: 'LISTED', name: { ja: '出品中', en: 'Listed' }, blockedReason: 'member-not-verified' },
    { to: 'CANCELLED', name: { ja: 'キャンセル', en: 'Cancelled' }, blockedReason: null },
  ],
});

function detailRoute(...answers: RequestDetail[]): StubRoute {
  return { method: 'GET', path: '/api/requests/req-1', answer: inTurn(...answers.map((body) => ({ status: 200, body, headers: { ETag: `"${body.version}"` } }))) };
}

describe('request detail', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the status, the member with verification, the allowed moves and the history', async () => {
    stubApi([TYPES_ROUTE, detailRoute(sent)], STAFF);
    renderRoutes(adminRoutes, '/requests/req-1');

    expect(await screen.findByRole('heading', { name: 'R-000101', level: 1 })).toBeInTheDocument();
    expect(screen.getAllByTestId('request-status')[0]).toHaveTextContent('キット発送済み');
    expect(screen.getByTestId('request-member')).toHaveAttribute('href', '/members/member-1');
    expect(screen.getByTestId('verification-badge')).toHaveAttribute('data-state', 'PENDING');
    expect(screen.getByTestId('transition-ITEMS_RECEIVED')).toBeEnabled();
    expect(screen.getByTestId('transition-LISTED')).toBeDisabled();
    expect(screen.getByTestId('blocked-LISTED')).toHaveTextContent('会員の本人確認が済んでいないため');
    const history = screen.getAllByTestId('history-entry');
    expect(history).toHaveLength(2);
    // Newest first, from → to with comment, who and when.
    expect(history[0]).toHaveTextContent('キット依頼');
    expect(history[0]).toHaveTextContent('キット発送済み');
    expect(history[0]).toHaveTextContent('ヤマト運輸 伝票番号 4567-8901-2345');
    expect(history[0]).toHaveTextContent('佐藤 一郎（スタッフ）');
    expect(history[1]).toHaveTextContent('受付');
    expect(history[1]).toHaveTextContent('山田 花子（会員）');
    expect(screen.getByTestId('request-items')).toBeInTheDocument();
    expect(screen.queryByTestId('mail-retry')).not.toBeInTheDocument();
  });

  it('moves the request with a comment and the version it shows in If-Match', async () => {
    const received = requestDetail('ITEMS_RECEIVED', { version: 4, allowedTransitions: [] });
    const gateway = stubApi(
      [TYPES_ROUTE, detailRoute(sent, received), { method: 'POST', path: '/api/requests/req-1/transitions', answer: { status: 200, body: received, headers: { ETag: '"4"' } } }],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests/req-1');

    await userEvent.click(await screen.findByTestId('transition-ITEMS_RECEIVED'));
    const dialog = await screen.findByTestId('transition-dialog');
    await userEvent.type(within(dialog).getByTestId('transition-comment'), '3点到着');
    await userEvent.click(within(dialog).getByTestId('transition-confirm'));

    expect(await screen.findByTestId('request-notice')).toHaveTextContent('「品物到着」へ移動しました。');
    const [move] = gateway.calls('POST', '/api/requests/req-1/transitions');
    expect(move.headers.get('If-Match')).toBe('"3"');
    expect(move.body).toEqual({ to: 'ITEMS_RECEIVED', comment: '3点到着' });
    await waitFor(() => expect(screen.getAllByTestId('request-status')[0]).toHaveAttribute('data-status', 'ITEMS_RECEIVED'));
  });

  it('sends no comment when none is given', async () => {
    const gateway = stubApi(
      [TYPES_ROUTE, detailRoute(sent), { method: 'POST', path: '/api/requests/req-1/transitions', answer: { status: 200, body: requestDetail('CANCELLED', { version: 4 }) } }],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests/req-1');

    await userEvent.click(await screen.findByTestId('transition-CANCELLED'));
    await userEvent.click(within(await screen.findByTestId('transition-dialog')).getByTestId('transition-confirm'));

    await waitFor(() => expect(gateway.calls('POST', '/api/requests/req-1/transitions')).toHaveLength(1));
    expect(gateway.calls('POST', '/api/requests/req-1/transitions')[0].body).toEqual({ to: 'CANCELLED', comment: null });
  });

  it('explains a refused move in words and keeps the dialog open', async () => {
    stubApi(
      [
        TYPES_ROUTE,
        detailRoute(sent),
        {
          method: 'POST',
          path: '/api/requests/req-1/transitions',
          answer: { status: 409, body: { type: 'urn:azukari:problem:illegal-transition', title: 'Illegal transition', status: 409, code: 'illegal-transition', detail: 'KIT_SENT cannot move to CANCELLED' } },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests/req-1');

    await userEvent.click(await screen.findByTestId('transition-CANCELLED'));
    const dialog = await screen.findByTestId('transition-dialog');
    await userEvent.click(within(dialog).getByTestId('transition-confirm'));

    expect(await within(dialog).findByTestId('comment-dialog-refusal')).toHaveTextContent('「キット発送済み」から「キャンセル」へは進められません。');
    expect(within(dialog).getByText('KIT_SENT cannot move to CANCELLED')).toBeInTheDocument();
  });

  it('says when someone else changed the request first and reloads it', async () => {
    const moved = requestDetail('ITEMS_RECEIVED', { version: 4 });
    const gateway = stubApi(
      [
        TYPES_ROUTE,
        detailRoute(sent, moved),
        {
          method: 'POST',
          path: '/api/requests/req-1/transitions',
          answer: { status: 409, body: { title: 'Concurrent change', status: 409, detail: 'Someone else changed this record in the meantime. Reload it and apply your change again.' } },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests/req-1');

    await userEvent.click(await screen.findByTestId('transition-ITEMS_RECEIVED'));
    const dialog = await screen.findByTestId('transition-dialog');
    await userEvent.click(within(dialog).getByTestId('transition-confirm'));

    expect(await within(dialog).findByTestId('comment-dialog-refusal')).toHaveTextContent('ほかの担当者がこの依頼を先に変更しました');
    await userEvent.click(within(dialog).getByTestId('reload-request'));
    await waitFor(() => expect(screen.getAllByTestId('request-status')[0]).toHaveAttribute('data-status', 'ITEMS_RECEIVED'));
    expect(gateway.calls('GET', '/api/requests/req-1')).toHaveLength(2);
    expect(screen.queryByTestId('transition-dialog')).not.toBeInTheDocument();
  });

  it('puts the request on hold with a note and releases it', async () => {
    const held = { ...sent, version: 4, hold: { note: '5日以降にお届け', since: '2026-11-21T10:00:00Z', by: '佐藤 一郎' } };
    const released = { ...sent, version: 5 };
    const gateway = stubApi(
      [
        TYPES_ROUTE,
        detailRoute(sent, held, released),
        { method: 'PUT', path: '/api/requests/req-1/hold', answer: { status: 200, body: held } },
        { method: 'DELETE', path: '/api/requests/req-1/hold', answer: { status: 200, body: released } },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests/req-1');

    await userEvent.click(await screen.findByTestId('hold-put'));
    const dialog = await screen.findByTestId('hold-dialog');
    await userEvent.click(within(dialog).getByTestId('hold-confirm'));
    expect(within(dialog).getByText('メモを入力してください。')).toBeInTheDocument();
    expect(gateway.calls('PUT', '/api/requests/req-1/hold')).toHaveLength(0);
    await userEvent.type(within(dialog).getByTestId('hold-note-input'), '5日以降にお届け');
    await userEvent.click(within(dialog).getByTestId('hold-confirm'));

    const banner = await screen.findByTestId('hold-banner');
    expect(within(banner).getByTestId('hold-note')).toHaveTextContent('5日以降にお届け');
    expect(screen.getByTestId('hold-badge')).toBeInTheDocument();
    const [put] = gateway.calls('PUT', '/api/requests/req-1/hold');
    expect(put.body).toEqual({ note: '5日以降にお届け' });
    expect(put.headers.get('If-Match')).toBe('"3"');

    await userEvent.click(within(banner).getByTestId('hold-release'));
    await waitFor(() => expect(screen.queryByTestId('hold-banner')).not.toBeInTheDocument());
    expect(gateway.calls('DELETE', '/api/requests/req-1/hold')[0].headers.get('If-Match')).toBe('"4"');
    expect(screen.getByTestId('request-notice')).toHaveTextContent('保留を解除しました。');
  });

  it('offers to send a failed member mail again, with one click', async () => {
    const failed = { ...sent, attention: ['MAIL_FAILED' as const], mailFailure: { reason: '550 User unknown', at: '2026-11-20T10:01:00Z' } };
    const gateway = stubApi(
      [TYPES_ROUTE, detailRoute(failed, { ...sent, version: 4 }), { method: 'POST', path: '/api/requests/req-1/member-mail/retry', answer: { status: 202 } }],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests/req-1');

    expect(await screen.findByTestId('mail-failure-reason')).toHaveTextContent('550 User unknown');
    await userEvent.click(screen.getByTestId('mail-retry'));

    await waitFor(() => expect(screen.queryByTestId('mail-failure')).not.toBeInTheDocument());
    expect(gateway.calls('POST', '/api/requests/req-1/member-mail/retry')).toHaveLength(1);
    expect(screen.getByTestId('request-notice')).toHaveTextContent('メールの再送を受け付けました。');
  });

  it('switches the automatic member mail off for this request', async () => {
    const gateway = stubApi(
      [TYPES_ROUTE, detailRoute(sent, { ...sent, version: 4, memberMail: false }), { method: 'PUT', path: '/api/requests/req-1/member-mail', answer: { status: 200, body: { ...sent, memberMail: false } } }],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests/req-1');

    await userEvent.click(await screen.findByTestId('member-mail-switch'));

    expect(await screen.findByTestId('member-mail-off')).toBeInTheDocument();
    const [put] = gateway.calls('PUT', '/api/requests/req-1/member-mail');
    expect(put.body).toEqual({ enabled: false });
    expect(put.headers.get('If-Match')).toBe('"3"');
  });
});
