import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render';
import { adminRoutes } from '../routes';

const job = (over: object) => ({
  id: 'imp-1', fileName: '顧客.csv', format: 'CSV', encoding: 'UTF-8', unknownColumns: ['会員ランク'], dryRun: true,
  state: 'DONE', rowsRead: 4, expectedRows: null, created: 2, updated: 1, unchanged: 0, rejected: 1, failure: null, canRunForReal: true, ...over,
});

function stub(routes: Record<string, () => Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    if (url.pathname === '/api/me') return Response.json({ subject: 's', email: 'staff@example.com', name: '佐藤 一郎', roles: ['staff'] });
    const answer = routes[key];
    return answer ? answer() : Response.json({ title: 'Not Found', status: 404 }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function pick(file: File) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('member import', () => {
  it('uploads a dry run, shows the summary and the rejected rows, then runs it for real', async () => {
    const fetchMock = stub({
      'POST /api/members/imports': () => Response.json({ id: 'imp-1' }, { status: 202 }),
      'GET /api/members/imports/imp-1': () => Response.json(job({})),
      'GET /api/members/imports/imp-1/rows': () =>
        Response.json({ content: [{ row: 3, outcome: 'REJECTED', memberId: null, email: 'bad@example.com', messages: [{ field: 'address.postalCode', column: '郵便番号', code: 'postalCode.format', message: 'Enter the postal code as 7 digits' }] }], page: { size: 200, number: 0, totalElements: 1, totalPages: 1 } }),
      'POST /api/members/imports/imp-1/run': () => Response.json({ id: 'imp-1' }, { status: 202 }),
    });
    renderRoutes(adminRoutes, '/members/import');
    await screen.findByTestId('import-dry-run');
    pick(new File(['メールアドレス\r\n'], '顧客.csv', { type: 'text/csv' }));
    fireEvent.click(screen.getByTestId('import-dry-run'));

    expect(await screen.findByTestId('import-summary')).toBeInTheDocument();
    expect(screen.getByTestId('count-created')).toHaveTextContent('新規: 2');
    expect(screen.getByTestId('count-rejected')).toHaveTextContent('エラー: 1');
    expect(screen.getByText('会員ランク')).toBeInTheDocument();
    expect(await screen.findByTestId('rejected-rows')).toHaveTextContent('郵便番号: Enter the postal code as 7 digits');
    expect(screen.getByTestId('import-report')).toHaveAttribute('href', '/api/members/imports/imp-1/report');
    const upload = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(String(upload?.[0])).toContain('dryRun=true');

    fireEvent.click(screen.getByTestId('import-run'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([input, init]) => String(input).endsWith('/imp-1/run') && init?.method === 'POST')).toBe(true));
  });

  it('explains why a file was refused as a whole', async () => {
    stub({
      'POST /api/members/imports': () =>
        Response.json({ title: 'File cannot be imported', status: 422, detail: 'zip bomb', code: 'import.zipBomb' }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
    });
    renderRoutes(adminRoutes, '/members/import');
    await screen.findByTestId('import-dry-run');
    pick(new File(['PK'], 'bomb.xlsx'));
    fireEvent.click(screen.getByTestId('import-dry-run'));

    expect(await screen.findByTestId('import-refused')).toHaveTextContent('zip爆弾');
  });
});
