import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inquiryView, lockOf, STAFF_A } from '../../test/inquiryRecords';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubRoute } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const COUNTS: StubRoute = { method: 'GET', path: '/api/inquiries/counts', answer: { status: 200, body: { NEW: 4, IN_PROGRESS: 2, PENDING_CUSTOMER: 1, DONE: 30, mine: 3, unassigned: 5 } } };
const STAFF: StubRoute = { method: 'GET', path: '/api/inquiries/staff', answer: { status: 200, body: [{ id: 'staff-a', name: '佐藤 一郎' }, { id: 'admin-b', name: '高橋 三郎' }] } };
const LABELS: StubRoute = { method: 'GET', path: '/api/inquiries/labels', answer: { status: 200, body: [{ label: '至急', count: 2 }] } };
const FILTERS: StubRoute = { method: 'GET', path: '/api/inquiries/filters', answer: { status: 200, body: [{ id: 'f-1', name: '至急の未返信', query: { state: 'IN_PROGRESS', label: '至急', unanswered: true } }] } };
const rows = [
  inquiryView(),
  inquiryView({ id: 'inq-2', number: 'Q-000124', subject: '振込先の変更', unanswered: false, lock: lockOf('admin-b', '高橋 三郎'), labels: ['至急'], assignee: { id: 'admin-b', name: '高橋 三郎' } }),
];
const LIST: StubRoute = { method: 'GET', path: '/api/inquiries', answer: { status: 200, body: { content: rows, page: { size: 30, number: 0, totalElements: 2, totalPages: 1 } } } };

describe('inquiry inbox', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the tabs with their counts and the list with unanswered, lock, labels and assignee', async () => {
    const gateway = stubApi([COUNTS, STAFF, LABELS, FILTERS, LIST], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries', { basename: '/admin' });

    const [first, second] = await screen.findAllByTestId('inquiry-row', {}, { timeout: 10000 });
    await waitFor(() => expect(screen.getByTestId('count-NEW')).toHaveTextContent('4'));
    expect(screen.getByTestId('count-DONE')).toHaveTextContent('30');
    expect(screen.getByTestId('count-mine')).toHaveTextContent('3');
    expect(screen.getByTestId('count-unassigned')).toHaveTextContent('5');
    expect(within(first).getByTestId('unanswered')).toBeInTheDocument();
    expect(within(first).getByTestId('inquiry-assignee')).toHaveTextContent('担当者なし');
    expect(within(second).getByTestId('lock-badge')).toHaveTextContent('高橋 三郎 さんが返信中');
    expect(within(second).getByTestId('inquiry-label')).toHaveTextContent('至急');
    expect(gateway.calls('GET', '/api/inquiries')[0].query.get('state')).toBe('NEW');
  });

  it('lists "mine" by assignee and filters by channel', async () => {
    const gateway = stubApi([COUNTS, STAFF, LABELS, FILTERS, LIST], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries?tab=mine&channel=MAIL', { basename: '/admin' });

    await screen.findAllByTestId('inquiry-row', {}, { timeout: 10000 });
    const query = gateway.calls('GET', '/api/inquiries')[0].query;
    expect(query.get('assignee')).toBe('me');
    expect(query.get('state')).toBeNull();
    expect(query.get('channel')).toBe('MAIL');
  });

  it('applies a saved filter and saves the current one', async () => {
    const gateway = stubApi([COUNTS, STAFF, LABELS, FILTERS, LIST, { method: 'POST', path: '/api/inquiries/filters', answer: { status: 201, body: { id: 'f-2', name: '電話', query: {} } } }], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('saved-filter', {}, { timeout: 10000 }));
    await waitFor(() => {
      const last = gateway.calls('GET', '/api/inquiries').at(-1)!.query;
      expect(last.get('state')).toBe('IN_PROGRESS');
      expect(last.get('label')).toBe('至急');
      expect(last.get('unanswered')).toBe('true');
    });
    await userEvent.type(screen.getByTestId('saved-filter-name'), '至急まとめ');
    await userEvent.click(screen.getByTestId('saved-filter-save'));
    await waitFor(() => expect(gateway.calls('POST', '/api/inquiries/filters')).toHaveLength(1));
    expect(gateway.calls('POST', '/api/inquiries/filters')[0].body).toEqual({
      name: '至急まとめ',
      query: { state: 'IN_PROGRESS', assignee: null, label: '至急', channel: null, q: null, unanswered: true },
    });
  });

  it('closes the selected inquiries at once and reports the ones that could not be closed', async () => {
    const gateway = stubApi(
      [
        COUNTS,
        STAFF,
        LABELS,
        FILTERS,
        LIST,
        {
          method: 'POST',
          path: '/api/inquiries/bulk',
          answer: {
            status: 200,
            body: { results: [{ inquiryId: 'inq-1', number: 'Q-000123', done: true, problem: null }, { inquiryId: 'inq-2', number: 'Q-000124', done: false, problem: { code: 'reply-locked', detail: '高橋 三郎 is replying.' } }] },
          },
        },
      ],
      STAFF_A,
    );
    renderRoutes(adminRoutes, '/inquiries', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('select-all', {}, { timeout: 10000 }));
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent('2 件を選択中');
    await userEvent.click(screen.getByTestId('bulk-close'));

    const results = await screen.findByTestId('bulk-results');
    expect(results).toHaveTextContent('2 件中 1 件を処理しました');
    expect(within(results).getByTestId('bulk-failure')).toHaveTextContent('Q-000124: 高橋 三郎 is replying.');
    expect(gateway.calls('POST', '/api/inquiries/bulk')[0].body).toEqual({ inquiryIds: ['inq-1', 'inq-2'], action: 'CLOSE' });
  });

  it('assigns the selected inquiries to a person', async () => {
    const gateway = stubApi([COUNTS, STAFF, LABELS, FILTERS, LIST, { method: 'POST', path: '/api/inquiries/bulk', answer: { status: 200, body: { results: [{ inquiryId: 'inq-1', number: 'Q-000123', done: true, problem: null }] } } }], STAFF_A);
    renderRoutes(adminRoutes, '/inquiries', { basename: '/admin' });

    const [first] = await screen.findAllByTestId('select-inquiry', {}, { timeout: 10000 });
    await userEvent.click(first);
    await userEvent.click(screen.getByTestId('bulk-assign'));
    await userEvent.click(await screen.findByRole('menuitem', { name: '高橋 三郎' }));
    await waitFor(() => expect(gateway.calls('POST', '/api/inquiries/bulk')).toHaveLength(1));
    expect(gateway.calls('POST', '/api/inquiries/bulk')[0].body).toEqual({ inquiryIds: ['inq-1'], action: 'ASSIGN', assigneeId: 'admin-b' });
  });
});
