import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render';
import { adminRoutes } from '../routes';

const hanako = {
  id: 'm-1', email: 'hanako@example.com', emailConfirmed: false, status: 'PROVISIONAL',
  familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ',
  phone: '09012345678', postalCode: '100-0001', prefecture: '東京都', verification: 'NOT_SUBMITTED',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z',
};

function stubGateway(answers: (url: URL) => unknown) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    if (url.pathname === '/api/me') return json({ subject: 's', email: 'staff@example.com', name: '佐藤 一郎', roles: ['staff'] });
    return json(answers(url));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const calls = (fetchMock: ReturnType<typeof stubGateway>) =>
  fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost')).filter((u) => u.pathname === '/api/members');

describe('member list', () => {
  it('searches with the URL query and shows each member with status and masked details', async () => {
    const fetchMock = stubGateway(() => ({ content: [hanako], page: { size: 20, number: 0, totalElements: 1, totalPages: 1 } }));
    renderRoutes(adminRoutes, '/members?q=%EF%BE%94%EF%BE%8F%EF%BE%80%EF%BE%9E&status=PROVISIONAL');

    expect(await screen.findByText('山田 花子')).toBeInTheDocument();
    expect(screen.getByText('090-1234-5678')).toBeInTheDocument();
    expect(screen.getByText('〒100-0001 東京都')).toBeInTheDocument();
    const first = calls(fetchMock)[0];
    expect(first.searchParams.get('q')).toBe('ﾔﾏﾀﾞ');
    expect(first.searchParams.get('status')).toBe('PROVISIONAL');
  });

  it('sorts by a column and sends the new search from the box', async () => {
    const fetchMock = stubGateway(() => ({ content: [hanako], page: { size: 20, number: 0, totalElements: 1, totalPages: 1 } }));
    renderRoutes(adminRoutes, '/members');
    await screen.findByText('山田 花子');

    fireEvent.click(screen.getByTestId('sort-nameKana'));
    await waitFor(() => expect(calls(fetchMock).at(-1)?.searchParams.get('sort')).toBe('nameKana,asc'));

    fireEvent.change(screen.getByTestId('member-search'), { target: { value: '090-1234' } });
    fireEvent.submit(screen.getByRole('search'));
    await waitFor(() => expect(calls(fetchMock).at(-1)?.searchParams.get('q')).toBe('090-1234'));
    expect(calls(fetchMock).at(-1)?.searchParams.get('sort')).toBe('nameKana,asc');
  });

  it('opens the member detail with the payout account masked and places for the other features', async () => {
    stubGateway((url) =>
      url.pathname === '/api/members/m-1'
        ? {
            ...hanako, statusReason: null, profile: { familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ', birthDate: '1990-04-01', phone: '09012345678', address: { postalCode: '100-0001', prefecture: '東京都', city: '千代田区', line1: '千代田1-1', line2: null }, occupation: '会社員' },
            payoutAccount: { bankName: 'みずほ銀行', branchName: '渋谷支店', accountType: 'ORDINARY', maskedAccountNumber: '****321', holderKana: 'ヤマダ ハナコ' },
            verification: { state: 'PENDING', reason: null, decidedAt: null, decidedBy: null }, profileComplete: true, missingFields: [], version: 3,
          }
        : { content: [hanako], page: { size: 20, number: 0, totalElements: 1, totalPages: 1 } },
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
