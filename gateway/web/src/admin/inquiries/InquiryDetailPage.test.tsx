import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADMIN_B, inquiryDetail, lockOf, STAFF_A } from '../../test/inquiryRecords';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi, type StubAnswer, type StubRoute } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import type { InquiryDetail } from './api';

function detailRoute(...bodies: InquiryDetail[]): StubRoute {
  return { method: 'GET', path: '/api/inquiries/inq-1', answer: inTurn(...bodies.map((body): StubAnswer => ({ status: 200, body, headers: { ETag: `"${body.version}"` } }))) };
}
const STAFF_ROUTE: StubRoute = { method: 'GET', path: '/api/inquiries/staff', answer: { status: 200, body: [{ id: 'staff-a', name: '佐藤 一郎' }, { id: 'admin-b', name: '高橋 三郎' }] } };
const LOCK_ROUTE: StubRoute = { method: 'POST', path: '/api/inquiries/inq-1/lock', answer: { status: 200, body: lockOf('staff-a', '佐藤 一郎') } };

describe('inquiry detail', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the conversation with the sanitised mail HTML, attachments, who read it and the history panel', async () => {
    stubApi([detailRoute(inquiryDetail({ readBy: [{ id: 'staff-a', name: '佐藤 一郎', at: '2026-11-23T01:02:00Z' }, { id: 'admin-b', name: '高橋 三郎', at: '2026-11-23T01:15:00Z' }] })), STAFF_ROUTE], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    const html = await screen.findByTestId('message-html', {}, { timeout: 10000 });
    expect(html.querySelector('b')).toHaveTextContent('まだ');
    expect(screen.getByTestId('attachment')).toHaveAttribute('href', '/api/inquiries/inq-1/attachments/att-1');
    expect(screen.getByTestId('read-by')).toHaveTextContent(/閲覧: 佐藤 一郎 .*、高橋 三郎/);
    expect(screen.getByTestId('timeline-link')).toHaveAttribute('href', '/admin/timeline?memberId=member-1');
    expect(screen.getByTestId('entity-history')).toBeInTheDocument();
  });

  it('names the attachments the mail intake refused, with the reason', async () => {
    const detail = inquiryDetail();
    const refusing = { ...detail.messages[0], refusedAttachments: [{ fileName: 'invoice.exe', reason: 'type-not-allowed' }] };
    stubApi([detailRoute({ ...detail, messages: [refusing] }), STAFF_ROUTE], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    const refused = await screen.findByTestId('refused-attachment', {}, { timeout: 10000 });
    expect(refused).toHaveTextContent('invoice.exe');
    expect(refused).toHaveTextContent('この種類のファイルは受け付けていません');
  });

  it('records a view on opening and only peeks when it refreshes', async () => {
    const gateway = stubApi([detailRoute(inquiryDetail()), STAFF_ROUTE, { method: 'POST', path: '/api/inquiries/inq-1/notes', answer: { status: 201, body: {} } }], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });
    await userEvent.type(await screen.findByTestId('note-text', {}, { timeout: 10000 }), '在庫確認中');
    await userEvent.click(screen.getByTestId('note-save'));

    await waitFor(() => expect(gateway.calls('GET', '/api/inquiries/inq-1').length).toBeGreaterThan(1));
    const [first, ...later] = gateway.calls('GET', '/api/inquiries/inq-1');
    expect(first.query.get('peek')).toBeNull();
    expect(later.every((call) => call.query.get('peek') === 'true')).toBe(true);
    expect(gateway.calls('POST', '/api/inquiries/inq-1/notes')[0].body).toEqual({ text: '在庫確認中' });
  });

  it('shows who is replying and disables replying while someone else holds the lock', async () => {
    stubApi([detailRoute(inquiryDetail({ lock: lockOf('admin-b', '高橋 三郎') })), STAFF_ROUTE], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    expect(await screen.findByTestId('reply-locked', {}, { timeout: 10000 })).toHaveTextContent('高橋 三郎 さんが返信を書いています');
    expect(screen.getAllByTestId('lock-badge')[0]).toHaveTextContent('高橋 三郎 さんが返信中');
    expect(screen.getByTestId('reply-open')).toBeDisabled();
    expect(screen.queryByTestId('lock-takeover')).not.toBeInTheDocument();
  });

  it('lets an admin take the reply over', async () => {
    let holder = lockOf('staff-a', '佐藤 一郎');
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/inquiries/inq-1', answer: () => ({ status: 200, body: inquiryDetail({ lock: holder }), headers: { ETag: '"3"' } }) },
        STAFF_ROUTE,
        {
          method: 'POST',
          path: '/api/inquiries/inq-1/lock/takeover',
          answer: () => {
            holder = lockOf('admin-b', '高橋 三郎');
            return { status: 200, body: holder };
          },
        },
      ],
      ADMIN_B,
    );
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('lock-takeover', {}, { timeout: 10000 }));
    await waitFor(() => expect(gateway.calls('POST', '/api/inquiries/inq-1/lock/takeover')).toHaveLength(1));
    expect(await screen.findByTestId('reply-text', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(gateway.calls('POST', '/api/inquiries/inq-1/lock/takeover')).toHaveLength(1);
  });

  it('takes the lock on opening the reply box, sends the reply with If-Match and the message answered, and does not release a lock the reply let go of', async () => {
    const replied = inquiryDetail({ version: 4, state: 'PENDING_CUSTOMER', unanswered: false });
    const gateway = stubApi(
      [detailRoute(inquiryDetail(), inquiryDetail(), replied), STAFF_ROUTE, LOCK_ROUTE, { method: 'POST', path: '/api/inquiries/inq-1/replies', answer: { status: 200, body: replied, headers: { ETag: '"4"' } } }],
      STAFF_A,
    );
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('reply-open', {}, { timeout: 10000 }));
    await userEvent.type(await screen.findByTestId('reply-text', {}, { timeout: 10000 }), '本日発送いたしました。');
    await userEvent.click(screen.getByTestId('reply-send'));

    expect(await screen.findByTestId('reply-message', {}, { timeout: 10000 })).toHaveTextContent('返信を送りました。');
    expect(gateway.calls('POST', '/api/inquiries/inq-1/lock')).toHaveLength(1);
    const [reply] = gateway.calls('POST', '/api/inquiries/inq-1/replies');
    expect(reply.headers.get('If-Match')).toBe('"3"');
    expect(reply.body).toEqual({ text: '本日発送いたしました。', inReplyTo: 'msg-1', close: false, state: 'PENDING_CUSTOMER' });
    expect(gateway.calls('DELETE', '/api/inquiries/inq-1/lock')).toHaveLength(0);
  });

  it('renews the lock every 30 seconds while the reply box is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const gateway = stubApi([detailRoute(inquiryDetail()), STAFF_ROUTE, LOCK_ROUTE, { method: 'DELETE', path: '/api/inquiries/inq-1/lock', answer: { status: 204 } }], STAFF_A);
      renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

      await user.click(await screen.findByTestId('reply-open', {}, { timeout: 10000 }));
      await screen.findByTestId('reply-text', {}, { timeout: 10000 });
      expect(gateway.calls('POST', '/api/inquiries/inq-1/lock')).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(30_000);
      await waitFor(() => expect(gateway.calls('POST', '/api/inquiries/inq-1/lock')).toHaveLength(2));
      await vi.advanceTimersByTimeAsync(30_000);
      await waitFor(() => expect(gateway.calls('POST', '/api/inquiries/inq-1/lock')).toHaveLength(3));
      expect(gateway.calls('DELETE', '/api/inquiries/inq-1/lock')).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('releases the lock when the reply box is closed', async () => {
    const gateway = stubApi([detailRoute(inquiryDetail()), STAFF_ROUTE, LOCK_ROUTE, { method: 'DELETE', path: '/api/inquiries/inq-1/lock', answer: { status: 204 } }], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('reply-open', {}, { timeout: 10000 }));
    await userEvent.click(await screen.findByTestId('reply-cancel', {}, { timeout: 10000 }));
    await waitFor(() => expect(gateway.calls('DELETE', '/api/inquiries/inq-1/lock')).toHaveLength(1));
    expect(screen.getByTestId('reply-open')).toBeEnabled();
  });

  it('releases the lock when leaving the page with the reply box open', async () => {
    const gateway = stubApi([detailRoute(inquiryDetail()), STAFF_ROUTE, LOCK_ROUTE, { method: 'DELETE', path: '/api/inquiries/inq-1/lock', answer: { status: 204 } }], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('reply-open', {}, { timeout: 10000 }));
    await screen.findByTestId('reply-text', {}, { timeout: 10000 });
    await userEvent.click(screen.getByRole('link', { name: '← 受信箱へ戻る' }));
    await waitFor(() => expect(gateway.calls('DELETE', '/api/inquiries/inq-1/lock')).toHaveLength(1));
  });

  it('explains a reply that someone else already sent and reloads the conversation', async () => {
    const answered = inquiryDetail({
      version: 4,
      unanswered: false,
      messages: [inquiryDetail().messages[0], { ...inquiryDetail().messages[0], id: 'msg-2', kind: 'REPLY', html: null, text: '確認します。', attachments: [], author: { id: 'admin-b', name: '高橋 三郎', type: 'staff' }, inReplyTo: 'msg-1' }],
    });
    const gateway = stubApi(
      [
        detailRoute(inquiryDetail(), answered),
        STAFF_ROUTE,
        LOCK_ROUTE,
        { method: 'POST', path: '/api/inquiries/inq-1/replies', answer: { status: 409, body: { status: 409, title: 'Conflict', code: 'already-answered', detail: 'This customer message has already been answered.' } } },
        { method: 'DELETE', path: '/api/inquiries/inq-1/lock', answer: { status: 204 } },
      ],
      STAFF_A,
    );
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('reply-open', {}, { timeout: 10000 }));
    await userEvent.type(await screen.findByTestId('reply-text', {}, { timeout: 10000 }), '二重の返信');
    await userEvent.click(screen.getByTestId('reply-send'));

    expect(await screen.findByTestId('reply-message', {}, { timeout: 10000 })).toHaveTextContent('このメッセージにはすでに返信済みです');
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(2));
    expect(within(screen.getByTestId('conversation')).getByText('確認します。')).toBeInTheDocument();
    expect(screen.queryByTestId('reply-text')).not.toBeInTheDocument();
    expect(gateway.calls('GET', '/api/inquiries/inq-1').length).toBeGreaterThanOrEqual(2);
    // The lock is of no use any more: it is let go at once, not left to expire.
    expect(gateway.calls('DELETE', '/api/inquiries/inq-1/lock')).toHaveLength(1);
  });

  it('explains a lock someone else took first', async () => {
    stubApi(
      [
        detailRoute(inquiryDetail(), inquiryDetail({ lock: lockOf('admin-b', '高橋 三郎') })),
        STAFF_ROUTE,
        { method: 'POST', path: '/api/inquiries/inq-1/lock', answer: { status: 409, body: { status: 409, code: 'reply-locked', holderName: '高橋 三郎', detail: '高橋 三郎 is replying.' } } },
      ],
      STAFF_A,
    );
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('reply-open', {}, { timeout: 10000 }));
    expect(await screen.findByTestId('reply-message', {}, { timeout: 10000 })).toHaveTextContent('高橋 三郎 さんが返信中のため、返信できません');
    expect(await screen.findByTestId('reply-locked', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByTestId('reply-open')).toBeDisabled();
  });

  it('closes without the survey when asked', async () => {
    const gateway = stubApi([detailRoute(inquiryDetail()), STAFF_ROUTE, { method: 'PUT', path: '/api/inquiries/inq-1/state', answer: { status: 200, body: inquiryDetail({ state: 'DONE' }) } }], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries/inq-1', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('suppress-survey', {}, { timeout: 10000 }));
    await userEvent.click(screen.getByTestId('state-DONE'));
    await waitFor(() => expect(gateway.calls('PUT', '/api/inquiries/inq-1/state')).toHaveLength(1));
    const [change] = gateway.calls('PUT', '/api/inquiries/inq-1/state');
    expect(change.body).toEqual({ state: 'DONE', surveySuppressed: true });
    expect(change.headers.get('If-Match')).toBe('"3"');
  });
});
