import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import type { StaffChangeRequest } from './api';

const STAFF = { name: '佐藤 一郎', roles: ['staff'] };

function request(overrides: Partial<StaffChangeRequest> = {}): StaffChangeRequest {
  return {
    id: 'cr-1',
    memberId: 'member-1',
    memberName: '山田 花子',
    kind: 'PROFILE',
    state: 'PENDING',
    changes: [
      { field: 'address.city', before: '千代田区', after: '港区' },
      { field: 'address.line1', before: '千代田1-1', after: '芝公園4-2' },
    ],
    requestedAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    decidedAt: null,
    decidedBy: null,
    rejectionReason: null,
    ...overrides,
  };
}

function page(content: StaffChangeRequest[]) {
  return { content, page: { size: 20, number: 0, totalElements: content.length, totalPages: content.length ? 1 : 0 } };
}

describe('change request queue', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists pending requests with before and after for each field, the requested value highlighted', async () => {
    const gateway = stubApi([{ method: 'GET', path: /\/api\/members\/change-requests\?/, answer: () => ({ status: 200, body: page([request()]) }) }], STAFF);
    renderRoutes(adminRoutes, '/change-requests');

    const card = await screen.findByTestId('change-request');
    expect(card).toHaveTextContent('プロフィールの変更');
    expect(within(card).getByTestId('change-request-member')).toHaveTextContent('山田 花子');
    expect(within(card).getByTestId('change-request-member')).toHaveAttribute('href', '/members/member-1');
    const rows = within(card).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['市区町村千代田区港区', '町名・番地千代田1-1芝公園4-2']);
    expect(within(rows[0]).getByTestId('change-after')).toHaveTextContent('港区');
    expect(gateway.calls('GET', /change-requests\?/)[0].url).toContain('state=PENDING');
  });

  it('shows an empty state when nothing waits', async () => {
    stubApi([{ method: 'GET', path: /\/api\/members\/change-requests\?/, answer: () => ({ status: 200, body: page([]) }) }], STAFF);
    renderRoutes(adminRoutes, '/change-requests');

    expect(await screen.findByTestId('change-requests-empty')).toHaveTextContent('承認待ちの変更依頼はありません');
  });

  it('approves a request and reloads the queue', async () => {
    let decided = false;
    const gateway = stubApi(
      [
        { method: 'GET', path: /\/api\/members\/change-requests\?/, answer: () => ({ status: 200, body: page(decided ? [] : [request()]) }) },
        {
          method: 'POST',
          path: /change-requests\/cr-1\/approval$/,
          answer: () => {
            decided = true;
            return { status: 200, body: request({ state: 'APPROVED' }) };
          },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/change-requests');

    await userEvent.click(await screen.findByTestId('change-request-approve'));

    expect(await screen.findByTestId('change-requests-empty')).toBeInTheDocument();
    expect(gateway.calls('POST', /approval$/)[0].headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('shows the conflict when someone else decided the request first', async () => {
    stubApi(
      [
        { method: 'GET', path: /\/api\/members\/change-requests\?/, answer: () => ({ status: 200, body: page([request()]) }) },
        {
          method: 'POST',
          path: /approval$/,
          answer: () => ({ status: 409, body: { title: 'Conflict', status: 409, detail: 'This change request is already approved.' } }),
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/change-requests');

    await userEvent.click(await screen.findByTestId('change-request-approve'));

    expect(await screen.findByText('This change request is already approved.')).toBeInTheDocument();
  });

  it('rejects only with a reason, which it sends to the service', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: /\/api\/members\/change-requests\?/, answer: () => ({ status: 200, body: page([request()]) }) },
        { method: 'POST', path: /rejection$/, answer: () => ({ status: 200, body: request({ state: 'REJECTED', rejectionReason: '住所が確認できません' }) }) },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/change-requests');

    await userEvent.click(await screen.findByTestId('change-request-reject'));
    const dialog = await screen.findByTestId('reject-dialog');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    expect(within(dialog).getByText('理由を入力してください。')).toBeInTheDocument();
    expect(gateway.calls('POST', /rejection$/)).toHaveLength(0);

    await userEvent.type(within(dialog).getByTestId('reject-reason'), '住所が確認できません');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));

    await waitFor(() => expect(gateway.calls('POST', /rejection$/)).toHaveLength(1));
    expect(gateway.calls('POST', /rejection$/)[0].body).toEqual({ reason: '住所が確認できません' });
  });
});
