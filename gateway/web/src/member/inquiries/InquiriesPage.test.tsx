import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubRoute } from '../../test/stubApi';
import { memberRoutes } from '../routes';

const OWN = [
  { id: 'inq-1', number: 'Q-000101', subject: '査定額について', state: 'PENDING_CUSTOMER', lastMessageAt: '2026-11-23T02:00:00Z', unread: true },
  { id: 'inq-2', number: 'Q-000100', subject: '営業時間', state: 'DONE', lastMessageAt: '2026-11-20T02:00:00Z', unread: false },
];
const LIST: StubRoute = { method: 'GET', path: '/api/inquiries/me', answer: { status: 200, body: OWN } };
const NO_REQUESTS: StubRoute = { method: 'GET', path: '/api/requests/me', answer: { status: 200, body: [] } };
const wait = { timeout: 10000 };

describe('member inquiries', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists the own inquiries with unread markers and counts unread replies in the navigation', async () => {
    stubApi([LIST, { method: 'GET', path: '/api/inquiries/me/unread', answer: { status: 200, body: { count: 1 } } }]);
    renderRoutes(memberRoutes, '/inquiries');

    const [unread, read] = await screen.findAllByTestId('own-inquiry', {}, wait);
    expect(unread).toHaveAttribute('data-unread', 'true');
    expect(within(unread).getByTestId('unread-marker')).toHaveTextContent('未読');
    expect(within(read).queryByTestId('unread-marker')).not.toBeInTheDocument();
    expect(unread).toHaveAttribute('href', '/inquiries/inq-1');
    expect(await screen.findByTestId('inquiry-unread-badge', {}, wait)).toHaveTextContent('1');
  });

  it('shows the thread, which marks the replies read, and writes back', async () => {
    const unread = { count: 1 };
    const gateway = stubApi([
      {
        method: 'GET',
        path: '/api/inquiries/me/inq-1',
        answer: () => {
          unread.count = 0; // the server marks the replies read with this GET
          return {
            status: 200,
            body: {
              ...OWN[0],
              unread: false,
              messages: [
                { id: 'm-1', kind: 'CUSTOMER', text: 'バッグの査定額を教えてください。', at: '2026-11-22T02:00:00Z' },
                { id: 'm-2', kind: 'REPLY', text: '12,000円です。', at: '2026-11-23T02:00:00Z' },
              ],
            },
          };
        },
      },
      { method: 'GET', path: '/api/inquiries/me/unread', answer: () => ({ status: 200, body: { ...unread } }) },
      { method: 'POST', path: '/api/inquiries/me/inq-1/messages', answer: { status: 201, body: OWN[0] } },
    ]);
    renderRoutes(memberRoutes, '/inquiries/inq-1');

    const messages = await screen.findAllByTestId('thread-message', {}, wait);
    expect(messages[1]).toHaveAttribute('data-kind', 'REPLY');
    expect(messages[1]).toHaveTextContent('お店から');
    await waitFor(() => expect(screen.queryByTestId('inquiry-unread-badge')).not.toBeInTheDocument());
    await userEvent.type(screen.getByTestId('thread-text'), 'ありがとうございます');
    await userEvent.click(screen.getByTestId('thread-send'));
    await waitFor(() => expect(gateway.calls('POST', '/api/inquiries/me/inq-1/messages')).toHaveLength(1));
    expect(gateway.calls('POST', '/api/inquiries/me/inq-1/messages')[0].body).toEqual({ text: 'ありがとうございます' });
  });

  it('sends the contact form with the request it is about and opens the new thread', async () => {
    const gateway = stubApi([
      { method: 'GET', path: '/api/requests/me', answer: { status: 200, body: [{ id: 'req-1', number: 'R-000101', createdAt: '2026-11-01T00:00:00Z' }] } },
      { method: 'POST', path: '/api/inquiries/me', answer: { status: 201, body: { ...OWN[0], id: 'inq-9' } } },
      { method: 'GET', path: '/api/inquiries/me/inq-9', answer: { status: 200, body: { ...OWN[0], id: 'inq-9', messages: [] } } },
    ]);
    renderRoutes(memberRoutes, '/inquiries/new?requestId=req-1');

    await userEvent.type(await screen.findByTestId('inquiry-subject', {}, wait), '発送について');
    await userEvent.type(screen.getByTestId('inquiry-text'), 'いつ届きますか？');
    await screen.findByTestId('inquiry-request', {}, wait);
    await userEvent.click(screen.getByTestId('inquiry-send'));

    expect(await screen.findByTestId('member-inquiry', {}, wait)).toBeInTheDocument();
    expect(gateway.calls('POST', '/api/inquiries/me')[0].body).toEqual({ subject: '発送について', text: 'いつ届きますか？', requestId: 'req-1' });
  });

  it('asks a visitor to log in and points to the guest contact form', async () => {
    stubApi([{ method: 'GET', path: '/api/inquiries/me', answer: { status: 401, body: { status: 401, title: 'Unauthorized' } } }], null);
    renderRoutes(memberRoutes, '/inquiries');

    expect(await screen.findByTestId('guest-contact-link', {}, wait)).toHaveAttribute('href', '/contact');
  });

  it('asks for the subject and text before sending anything', async () => {
    const gateway = stubApi([NO_REQUESTS]);
    renderRoutes(memberRoutes, '/inquiries/new');

    await userEvent.click(await screen.findByTestId('inquiry-send', {}, wait));
    expect(await screen.findAllByText('入力してください。')).toHaveLength(2);
    expect(gateway.calls('POST', '/api/inquiries/me')).toHaveLength(0);
  });
});
