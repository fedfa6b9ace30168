import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

configure({ asyncUtilTimeout: 5000 });

const TIMELINE = {
  customer: { memberId: 'm-1', name: '山田 花子', email: 'hanako@example.com', phone: '09012345678' },
  entries: [
    { at: '2026-11-02T03:00:00Z', kind: 'MAIL_FAILED', title: 'request-status', detail: 'mailbox full', link: { type: 'request', id: 'r-1' } },
    { at: '2026-11-02T02:00:00Z', kind: 'REPLY', title: 'Q-000123 キットが届きません', detail: '佐藤 一郎', link: { type: 'inquiry', id: 'q-1' } },
    { at: '2026-11-02T01:00:00Z', kind: 'INQUIRY', title: 'Q-000123 キットが届きません', detail: 'MEMBER_FORM', link: { type: 'inquiry', id: 'q-1' } },
    { at: '2026-11-01T01:00:00Z', kind: 'REQUEST', title: 'R-000123', detail: 'KIT', link: { type: 'request', id: 'r-1' } },
  ],
};

describe('customer timeline', () => {
  it('shows everything with the customer of a phone number, newest first, with links', async () => {
    const gateway = stubApi([{ method: 'GET', path: '/api/inquiries/timeline', answer: { status: 200, body: TIMELINE } }], STAFF);
    renderRoutes(adminRoutes, '/timeline?phone=090-1234-5678');
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(gateway.calls('GET', '/api/inquiries/timeline')[0].query.get('phone')).toBe('090-1234-5678');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringContaining('メール送信失敗'),
      expect.stringContaining('返信'),
      expect.stringContaining('お問い合わせ'),
      expect.stringContaining('申込'),
    ]);
    expect(entries[0]).toHaveTextContent('申込の状況のお知らせ');
    expect(entries[0]).toHaveTextContent('mailbox full');
    expect(entries[2]).toHaveTextContent('会員フォーム');
    expect(screen.getByTestId('timeline-customer')).toHaveTextContent('山田 花子');
    expect(screen.getAllByRole('link', { name: 'Q-000123 キットが届きません' })[0]).toHaveAttribute('href', '/inquiries/q-1');
    expect(screen.getAllByRole('link', { name: 'R-000123' })[0]).toHaveAttribute('href', '/requests/r-1');
  });

  it('asks for a customer and looks them up by mail address', async () => {
    const gateway = stubApi([{ method: 'GET', path: '/api/inquiries/timeline', answer: { status: 200, body: { ...TIMELINE, entries: [] } } }], STAFF);
    renderRoutes(adminRoutes, '/timeline');
    fireEvent.click(await screen.findByRole('radio', { name: 'メールアドレス' }));
    fireEvent.change(screen.getByTestId('timeline-key'), { target: { value: 'hanako@example.com' } });
    fireEvent.click(screen.getByTestId('timeline-search'));
    await waitFor(() => expect(gateway.calls('GET', '/api/inquiries/timeline')).toHaveLength(1));
    expect(gateway.calls('GET', '/api/inquiries/timeline')[0].query.get('email')).toBe('hanako@example.com');
    expect(await screen.findByText('このお客様の履歴はまだありません。')).toBeInTheDocument();
  });
});
