import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const hanako = {
  id: 'm-1', email: 'hanako@example.com', emailConfirmed: false, status: 'PROVISIONAL',
  familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ',
  phone: '09012345678', postalCode: '100-0001', prefecture: '東京都', verification: 'NOT_SUBMITTED',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z',
};

const STAFF = { name: '佐藤 一郎', roles: ['staff'], subject: 's', email: 'staff@example.com' };
const LIST = { status: 200, body: { content: [hanako], page: { size: 20, number: 0, totalElements: 1, totalPages: 1 } } };

describe('member list', () => {
  it('searches with the URL query and shows each member with status and masked details', async () => {
    const gateway = stubApi([{ method: 'GET', path: '/api/members', answer: LIST }], STAFF);
    renderRoutes(adminRoutes, '/members?q=%EF%BE%94%EF%BE%8F%EF%BE%80%EF%BE%9E&status=PROVISIONAL');

    expect(await screen.findByText('山田 花子')).toBeInTheDocument();
    expect(screen.getByText('090-1234-5678')).toBeInTheDocument();
    expect(screen.getByText('〒100-0001 東京都')).toBeInTheDocument();
    const first = gateway.calls('GET', '/api/members')[0].query;
    expect(first.get('q')).toBe('ﾔﾏﾀﾞ');
    expect(first.get('status')).toBe('PROVISIONAL');
  });

  it('sorts by a column and sends the new search from the box', async () => {
    const gateway = stubApi([{ method: 'GET', path: '/api/members', answer: LIST }], STAFF);
    renderRoutes(adminRoutes, '/members');
    await screen.findByText('山田 花子');

    fireEvent.click(screen.getByTestId('sort-nameKana'));
    await waitFor(() => expect(gateway.calls('GET', '/api/members').at(-1)?.query.get('sort')).toBe('nameKana,asc'));

    fireEvent.change(screen.getByTestId('member-search'), { target: { value: '090-1234' } });
    fireEvent.submit(screen.getByRole('search'));
    await waitFor(() => expect(gateway.calls('GET', '/api/members').at(-1)?.query.get('q')).toBe('090-1234'));
    expect(gateway.calls('GET', '/api/members').at(-1)?.query.get('sort')).toBe('nameKana,asc');
  });

  it('opens the member detail with the payout account masked and places for the other features', async () => {
    stubApi(
      [
        { method: 'GET', path: '/api/members', answer: LIST },
        {
          method: 'GET',
          path: '/api/members/m-1',
          answer: {
            status: 200,
            body: {
              ...hanako, statusReason: null, profile: { familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ', birthDate: '1990-04-01', phone: '09012345678', address: { postalCode: '100-0001', prefecture: '東京都', city: '千代田区', line1: '千代田1-1', line2: null }, occupation: '会社員' },
              payoutAccount: { bankName: 'みずほ銀行', branchName: '渋谷支店', accountType: 'ORDINARY', maskedAccountNumber: '****321', holderKana: 'ヤマダ ハナコ' },
              verification: { state: 'PENDING', reason: null, decidedAt: null, decidedBy: null }, profileComplete: true, missingFields: [], version: 3,
            },
          },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/members');
    fireEvent.click(await screen.findByTestId('member-row'));

    expect(await screen.findByTestId('member-detail')).toBeInTheDocument();
    expect(screen.getByTestId('masked-account')).toHaveTextContent('****321');
    expect(screen.getByText('確認待ち')).toBeInTheDocument();
    expect(screen.getByTestId('slot-status-change')).toBeInTheDocument();
    expect(screen.getByTestId('slot-verification')).toBeInTheDocument();
    expect(screen.getByTestId('slot-change-requests')).toBeInTheDocument();
  });
});
