import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifiedRecord } from '../../test/memberRecords';
import { board, requestDetail, requestView, STAFF, TYPES } from '../../test/workflowRecords';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubRoute } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const TYPES_ROUTE: StubRoute = { method: 'GET', path: '/api/requests/types', answer: { status: 200, body: TYPES } };
const MEMBER: StubRoute = {
  method: 'GET',
  path: '/api/members/member-1',
  answer: { status: 200, body: { ...verifiedRecord(), emailConfirmed: true, statusReason: null, verification: { state: 'VERIFIED', reason: null, decidedAt: null, decidedBy: null } } },
};
const created = requestDetail('ITEMS_RECEIVED', { id: 'req-new', number: 'R-000200', type: 'WALK_IN', channel: 'WALK_IN', kitCount: null, history: [] });

describe('starting a request for a member', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('starts a walk-in request from the member page and opens it', async () => {
    const gateway = stubApi(
      [
        TYPES_ROUTE,
        MEMBER,
        { method: 'POST', path: '/api/requests', answer: { status: 201, body: requestView('ITEMS_RECEIVED', { id: 'req-new', number: 'R-000200' }) } },
        { method: 'GET', path: '/api/requests/req-new', answer: { status: 200, body: created, headers: { ETag: '"0"' } } },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/members/member-1');

    await userEvent.click(await screen.findByTestId('start-request'));
    const dialog = await screen.findByTestId('start-dialog');
    expect(within(dialog).getByTestId('start-member')).toHaveTextContent('山田 花子');
    await userEvent.click(within(within(dialog).getByTestId('start-type')).getByRole('radio', { name: '来店' }));
    expect(within(within(dialog).getByTestId('start-channel')).getByRole('radio', { name: '来店' })).toBeChecked();
    expect(within(dialog).queryByTestId('start-kit-count')).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByTestId('start-note'), '骨董の茶碗2点');
    await userEvent.click(within(dialog).getByTestId('start-confirm'));

    expect(await screen.findByRole('heading', { name: 'R-000200', level: 1 }, { timeout: 5000 })).toBeInTheDocument();
    expect(gateway.calls('POST', '/api/requests')[0].body).toEqual({ memberId: 'member-1', type: 'WALK_IN', channel: 'WALK_IN', kitCount: null, note: '骨董の茶碗2点' });
  });

  it('starts a phone kit request from the board after finding the member, and shows field problems', async () => {
    let attempts = 0;
    const gateway = stubApi(
      [
        TYPES_ROUTE,
        { method: 'GET', path: '/api/requests/board', answer: { status: 200, body: board([]) } },
        {
          method: 'GET',
          path: '/api/members',
          answer: {
            status: 200,
            body: {
              content: [{ id: 'member-9', email: 'kato@example.jp', familyName: '加藤', givenName: '彩', phone: '07089012345' }],
              page: { size: 10, number: 0, totalElements: 1, totalPages: 1 },
            },
          },
        },
        {
          method: 'POST',
          path: '/api/requests',
          answer: () =>
            ++attempts === 1
              ? { status: 400, body: { title: 'Invalid input', status: 400, errors: [{ field: 'note', code: 'Size', message: 'size must be between 0 and 1000' }] } }
              : { status: 201, body: requestView('KIT_REQUESTED', { id: 'req-new' }) },
        },
        { method: 'GET', path: '/api/requests/req-new', answer: { status: 200, body: { ...created, type: 'KIT' }, headers: { ETag: '"0"' } } },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/requests');

    await userEvent.click(await screen.findByTestId('start-request'));
    const dialog = await screen.findByTestId('start-dialog');
    await userEvent.click(within(dialog).getByTestId('start-confirm'));
    expect(within(dialog).getByText('会員を選んでください。')).toBeInTheDocument();
    expect(gateway.calls('POST', '/api/requests')).toHaveLength(0);

    await userEvent.type(within(dialog).getByTestId('start-member-search'), '加藤');
    await userEvent.click(await screen.findByRole('option', { name: /加藤 彩/, hidden: true }));
    await waitFor(() => expect(gateway.calls('GET', '/api/members').at(-1)!.query.get('q')).toBe('加藤'));
    const kits = within(dialog).getByTestId('start-kit-count');
    await userEvent.clear(kits);
    await userEvent.type(kits, '2');
    await userEvent.click(within(dialog).getByTestId('start-confirm'));

    expect(await within(dialog).findByText('size must be between 0 and 1000')).toBeInTheDocument();
    expect(gateway.calls('POST', '/api/requests')[0].body).toEqual({ memberId: 'member-9', type: 'KIT', channel: 'PHONE', kitCount: 2, note: null });

    await userEvent.click(within(dialog).getByTestId('start-confirm'));
    await waitFor(() => expect(screen.queryByTestId('start-dialog')).not.toBeInTheDocument());
    expect(await screen.findByTestId('request-detail', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
