import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inquiryView, STAFF_A } from '../../test/inquiryRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const wait = { timeout: 10000 };

describe('phone memo and front-page alerts', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('logs a call against a member found by search, from the header of any page', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/members', answer: { status: 200, body: { content: [{ id: 'member-1', familyName: '山田', givenName: '花子', email: 'member@example.com', phone: '090-1234-5678' }], page: { size: 8, number: 0, totalElements: 1, totalPages: 1 } } } },
        { method: 'GET', path: '/api/inquiries', answer: { status: 200, body: { content: [], page: { size: 10, number: 0, totalElements: 0, totalPages: 0 } } } },
        { method: 'POST', path: '/api/inquiries/memos', answer: { status: 201, body: inquiryView({ id: 'inq-7', number: 'Q-000130', channel: 'PHONE' }) } },
      ],
      STAFF_A,
    );
    renderRoutes(adminRoutes, '/me', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('phone-memo-button', {}, wait));
    await userEvent.type(await screen.findByTestId('memo-member-search', {}, wait), '山田');
    await userEvent.click(screen.getByTestId('memo-member-search-go'));
    await userEvent.click(await screen.findByTestId('memo-member-search-result', {}, wait));
    await userEvent.type(screen.getByTestId('memo-subject'), '発送の確認');
    await userEvent.type(screen.getByTestId('memo-text'), '明日発送と伝えた');
    await userEvent.click(screen.getByTestId('memo-save'));

    expect(await screen.findByTestId('phone-memo-saved', {}, wait)).toHaveTextContent('Q-000130');
    expect(gateway.calls('POST', '/api/inquiries/memos')[0].body).toEqual({ memberId: 'member-1', phone: null, name: null, inquiryId: null, subject: '発送の確認', text: '明日発送と伝えた' });
  });

  it('refuses a memo without customer, subject or text', async () => {
    const gateway = stubApi([], STAFF_A);
    renderRoutes(adminRoutes, '/me', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('phone-memo-button', {}, wait));
    await userEvent.click(await screen.findByTestId('memo-save', {}, wait));
    expect(await screen.findByTestId('memo-missing')).toBeInTheDocument();
    expect(gateway.calls('POST', '/api/inquiries/memos')).toHaveLength(0);
  });

  it('puts opened but unanswered inquiries on the front page and the NEW count in the navigation', async () => {
    stubApi(
      [
        { method: 'GET', path: '/api/inquiries/alerts', answer: { status: 200, body: { openedUnanswered: [inquiryView({ state: 'IN_PROGRESS', readBy: [{ id: 'staff-a', name: '佐藤 一郎', at: '2026-11-23T01:02:00Z' }] })] } } },
        { method: 'GET', path: '/api/inquiries/counts', answer: { status: 200, body: { NEW: 3, IN_PROGRESS: 1, PENDING_CUSTOMER: 0, DONE: 0, mine: 0, unassigned: 3 } } },
      ],
      STAFF_A,
    );
    renderRoutes(adminRoutes, '/', { basename: '/admin' });

    const alerts = await screen.findByTestId('inquiry-alerts', {}, wait);
    expect(alerts).toHaveTextContent('開封済み・未返信のお問い合わせ（1 件）');
    expect(alerts).toHaveTextContent('Q-000123');
    expect(alerts).toHaveTextContent('佐藤 一郎');
    await waitFor(() => expect(screen.getByTestId('inquiry-nav-badge')).toHaveTextContent('3'));
  });
});
