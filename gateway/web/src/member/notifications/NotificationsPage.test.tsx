import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubAnswer } from '../../test/stubApi';
import { memberRoutes } from '../routes';

const unreadStatus = {
  id: 'n-1',
  kind: 'request-status',
  title: { ja: 'お申し込み R-000101：キットを発送しました', en: 'Request R-000101: Kit sent' },
  body: null,
  link: '/requests/request-1',
  read: false,
  createdAt: '2026-11-20T10:00:00Z',
};
const unreadBroadcast = {
  id: 'b-1:member',
  kind: 'broadcast',
  title: { ja: '年末年始の営業日', en: '年末年始の営業日' },
  body: '<p>12月29日から<strong>休業</strong>します。</p>',
  link: null,
  read: false,
  createdAt: '2026-11-19T10:00:00Z',
};
const readOne = { ...unreadStatus, id: 'n-0', title: { ja: '本人確認が完了しました', en: 'Verified' }, link: '/documents', read: true, createdAt: '2026-11-01T10:00:00Z' };

function page(content: unknown[]): StubAnswer {
  return { status: 200, body: { content, page: { size: 20, number: 0, totalElements: content.length, totalPages: 1 } } };
}

function stubNotifications(unread = 2, newsletter = true) {
  let count = unread;
  let optedIn = newsletter;
  const read = new Set<string>();
  return stubApi([
    {
      method: 'GET',
      path: '/api/notifications/me',
      answer: () => page([unreadStatus, unreadBroadcast, readOne].map((n) => (read.has(n.id) ? { ...n, read: true } : n))),
    },
    { method: 'GET', path: '/api/notifications/me/unread-count', answer: () => ({ status: 200, body: { count } }) },
    {
      method: 'POST',
      path: /\/api\/notifications\/me\/[^/]+\/read$/,
      answer: (request) => {
        read.add(decodeURIComponent(request.path.split('/')[4]));
        count -= 1;
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      path: '/api/notifications/me/read-all',
      answer: () => {
        const before = count;
        count = 0;
        [unreadStatus, unreadBroadcast].forEach((n) => read.add(n.id));
        return { status: 200, body: { count: before } };
      },
    },
    { method: 'GET', path: '/api/notifications/me/preferences', answer: () => ({ status: 200, body: { newsletter: optedIn } }) },
    {
      method: 'PUT',
      path: '/api/notifications/me/preferences',
      answer: (request) => {
        optedIn = (request.body as { newsletter: boolean }).newsletter;
        return { status: 200, body: { newsletter: optedIn } };
      },
    },
  ]);
}

describe('member notifications', () => {
  it('lists notifications newest first with unread markers and a badge with the unread count', async () => {
    stubNotifications();
    renderRoutes(memberRoutes, '/notifications');

    const items = await screen.findAllByTestId('notification');
    expect(items.map((item) => within(item).getByTestId('notification-title').textContent)).toEqual([
      'お申し込み R-000101：キットを発送しました',
      '年末年始の営業日',
      '本人確認が完了しました',
    ]);
    expect(screen.getAllByTestId('unread-marker')).toHaveLength(2);
    const badges = await screen.findAllByTestId('unread-badge');
    expect(badges[0]).toHaveTextContent('2');
  });

  it('marks a notification read when the member opens it and shows its sanitised body', async () => {
    const gateway = stubNotifications();
    renderRoutes(memberRoutes, '/notifications');

    const broadcast = (await screen.findAllByTestId('notification'))[1];
    fireEvent.click(within(broadcast).getByRole('button'));

    await waitFor(() => expect(gateway.calls('POST', /\/read$/)).toHaveLength(1));
    expect(gateway.calls('POST', /\/read$/)[0].path).toBe('/api/notifications/me/b-1%3Amember/read');
    expect(await within(broadcast).findByTestId('notification-body')).toContainHTML('<strong>休業</strong>');
    await waitFor(() => expect(screen.getAllByTestId('unread-marker')).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByTestId('unread-badge')[0]).toHaveTextContent('1'));
  });

  it('opening an already read notification sends nothing, and read all clears the markers', async () => {
    const gateway = stubNotifications();
    renderRoutes(memberRoutes, '/notifications');

    const old = (await screen.findAllByTestId('notification'))[2];
    fireEvent.click(within(old).getByRole('button'));
    expect(await within(old).findByTestId('notification-link')).toHaveAttribute('href', '/documents');
    expect(gateway.calls('POST', /\/read$/)).toHaveLength(0);

    fireEvent.click(screen.getByTestId('read-all'));
    await waitFor(() => expect(screen.queryAllByTestId('unread-marker')).toHaveLength(0));
    expect(screen.queryByTestId('unread-badge')).toBeNull();
  });

  it('lets the member turn the newsletter off, saying transactional mails stay on', async () => {
    const gateway = stubNotifications();
    renderRoutes(memberRoutes, '/notifications');

    const toggle = await screen.findByTestId('newsletter-switch');
    await waitFor(() => expect(toggle).not.toBeDisabled());
    expect(toggle).toBeChecked();
    expect(screen.getByTestId('newsletter-preference')).toHaveTextContent('停止できません');
    fireEvent.click(toggle);

    await waitFor(() => expect(gateway.calls('PUT', '/api/notifications/me/preferences')).toHaveLength(1));
    expect(gateway.calls('PUT', '/api/notifications/me/preferences')[0].body).toEqual({ newsletter: false });
    await waitFor(() => expect(screen.getByTestId('newsletter-switch')).not.toBeChecked());
  });

  it('says so when there is nothing yet', async () => {
    stubApi([
      { method: 'GET', path: '/api/notifications/me', answer: page([]) },
      { method: 'GET', path: '/api/notifications/me/unread-count', answer: { status: 200, body: { count: 0 } } },
      { method: 'GET', path: '/api/notifications/me/preferences', answer: { status: 200, body: { newsletter: true } } },
    ]);
    renderRoutes(memberRoutes, '/notifications');
    expect(await screen.findByTestId('notifications-empty')).toHaveTextContent('お知らせはまだありません');
    expect(screen.queryByTestId('unread-badge')).toBeNull();
  });
});

describe('unsubscribe link', () => {
  it('unsubscribes without a login only when the member presses the button', async () => {
    const gateway = stubApi([{ method: 'POST', path: '/api/notifications/unsubscribe/abc.def', answer: { status: 204 } }], null);
    renderRoutes(memberRoutes, '/unsubscribe/abc.def');

    const button = await screen.findByTestId('unsubscribe-button');
    expect(gateway.calls('POST')).toHaveLength(0);
    fireEvent.click(button);
    expect(await screen.findByTestId('unsubscribed')).toHaveTextContent('配信を停止しました');
  });

  it('shows the problem when the link is not valid', async () => {
    stubApi(
      [
        {
          method: 'POST',
          path: /\/api\/notifications\/unsubscribe\//,
          answer: { status: 404, body: { type: 'urn:azukari:problem:unsubscribe-link-invalid', title: 'Not Found', status: 404, detail: 'This unsubscribe link is not valid.', code: 'unsubscribe-link-invalid' } },
        },
      ],
      null,
    );
    renderRoutes(memberRoutes, '/unsubscribe/forged');
    fireEvent.click(await screen.findByTestId('unsubscribe-button'));
    expect(await screen.findByTestId('unsubscribe-invalid')).toHaveTextContent('この配信停止リンクは無効です');
  });
});
