import { configure, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import type { Delivery } from './api';

configure({ asyncUtilTimeout: 5000 });

const delivery = (id: string, more: Partial<Delivery>): Delivery => ({
  id,
  kind: 'request-status',
  memberId: 'member-1',
  to: 'hanako@example.com',
  toName: '山田 花子',
  subject: '【Azukari】お申し込み R-000123 の状況',
  state: 'SENT',
  attempts: 1,
  lastError: null,
  queuedAt: '2026-11-20T01:00:00Z',
  sentAt: '2026-11-20T01:00:01Z',
  nextAttemptAt: null,
  relatedType: 'request',
  relatedId: 'request-1',
  resends: 0,
  resendable: false,
  ...more,
});

const FAILED = delivery('d-2', { state: 'FAILED', lastError: 'Gave up after 10 attempts: connection refused', sentAt: null, resendable: true, subject: 'Re: 査定について', kind: 'inquiry-reply' });

describe('mail log', () => {
  it('searches with the filters and resends a failed mail', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/notifications/deliveries', answer: { status: 200, body: { content: [delivery('d-1', {}), FAILED], page: { size: 20, number: 0, totalElements: 2, totalPages: 1 } } } },
        { method: 'POST', path: '/api/notifications/deliveries/d-2/resend', answer: { status: 202, body: { ...FAILED, state: 'QUEUED', resendable: false } } },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/mail/deliveries');
    const rows = await screen.findAllByTestId('delivery-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]).getByTestId('delivery-state')).toHaveTextContent('失敗');
    expect(within(rows[1]).getByText(/connection refused/)).toBeInTheDocument();
    expect(within(rows[0]).queryByTestId('delivery-resend')).not.toBeInTheDocument();

    fireEvent.change(screen.getByTestId('filter-q'), { target: { value: '査定' } });
    fireEvent.change(screen.getByTestId('filter-to'), { target: { value: 'hanako' } });
    fireEvent.click(screen.getByTestId('filter-search'));
    await screen.findAllByTestId('delivery-row');
    const searches = gateway.calls('GET', '/api/notifications/deliveries');
    const last = searches[searches.length - 1];
    expect(last.query.get('q')).toBe('査定');
    expect(last.query.get('to')).toBe('hanako');

    fireEvent.click(within(screen.getAllByTestId('delivery-row')[1]).getByTestId('delivery-resend'));

    expect(await screen.findByTestId('resend-done')).toBeInTheDocument();
    expect(gateway.calls('POST', '/api/notifications/deliveries/d-2/resend')).toHaveLength(1);
  });

  it('opens a mail with its text', async () => {
    stubApi(
      [
        { method: 'GET', path: '/api/notifications/deliveries', answer: { status: 200, body: { content: [delivery('d-1', {})], page: { size: 20, number: 0, totalElements: 1, totalPages: 1 } } } },
        { method: 'GET', path: '/api/notifications/deliveries/d-1', answer: { status: 200, body: { delivery: delivery('d-1', {}), text: '山田 花子 様\n本文です', html: null, messageId: null, inReplyTo: null, references: [] } } },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/mail/deliveries');
    fireEvent.click(await screen.findByTestId('delivery-open'));
    expect(await screen.findByTestId('delivery-text')).toHaveTextContent('本文です');
  });

  it('searches a period of whole days', async () => {
    const gateway = stubApi([{ method: 'GET', path: '/api/notifications/deliveries', answer: { status: 200, body: { content: [], page: { size: 20, number: 0, totalElements: 0, totalPages: 0 } } } }], STAFF);
    renderRoutes(adminRoutes, '/mail/deliveries?from=2026-11-01&until=2026-11-20');
    await screen.findByTestId('deliveries-empty');
    const query = gateway.calls('GET', '/api/notifications/deliveries')[0].query;
    expect(query.get('from')).toBe(new Date(2026, 10, 1).toISOString());
    expect(query.get('until')).toBe(new Date(2026, 10, 21).toISOString());
  });

  it('says when nothing matches', async () => {
    stubApi([{ method: 'GET', path: '/api/notifications/deliveries', answer: { status: 200, body: { content: [], page: { size: 20, number: 0, totalElements: 0, totalPages: 0 } } } }], STAFF);
    renderRoutes(adminRoutes, '/mail/deliveries?state=BOUNCED');
    expect(await screen.findByTestId('deliveries-empty')).toBeInTheDocument();
  });
});

describe('failed mail alert', () => {
  it('counts failed and bounced mails on the front page', async () => {
    stubApi([{ method: 'GET', path: '/api/notifications/deliveries/summary', answer: { status: 200, body: { QUEUED: 1, SENT: 40, FAILED: 2, BOUNCED: 1 } } }], STAFF);
    renderRoutes(adminRoutes, '/');
    expect(await screen.findByTestId('failed-mail-alert')).toHaveTextContent('送信に失敗したメールが 3 件あります');
  });
});
