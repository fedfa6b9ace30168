import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const job = (over: object) => ({
  id: 'imp-1', fileName: '顧客.csv', format: 'CSV', encoding: 'UTF-8', unknownColumns: ['会員ランク'], dryRun: true,
  state: 'DONE', rowsRead: 4, expectedRows: null, created: 2, updated: 1, unchanged: 0, rejected: 1, failure: null, canRunForReal: true, ...over,
});

const STAFF = { name: '佐藤 一郎', roles: ['staff'], subject: 's', email: 'staff@example.com' };

function pick(file: File) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('member import', () => {
  it('uploads a dry run, shows the summary and the rejected rows, then runs it for real', async () => {
    const gateway = stubApi(
      [
        { method: 'POST', path: '/api/members/imports', answer: { status: 202, body: { id: 'imp-1' } } },
        { method: 'GET', path: '/api/members/imports/imp-1', answer: { status: 200, body: job({}) } },
        {
          method: 'GET',
          path: '/api/members/imports/imp-1/rows',
          answer: { status: 200, body: { content: [{ row: 3, outcome: 'REJECTED', memberId: null, email: 'bad@example.com', messages: [{ field: 'address.postalCode', column: '郵便番号', code: 'postalCode.format', message: 'Enter the postal code as 7 digits' }] }], page: { size: 200, number: 0, totalElements: 1, totalPages: 1 } } },
        },
        { method: 'POST', path: '/api/members/imports/imp-1/run', answer: { status: 202, body: { id: 'imp-1' } } },
      ],
      STAFF,
    );
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
    const upload = gateway.calls('POST')[0];
    expect(upload?.url).toContain('dryRun=true');

    fireEvent.click(screen.getByTestId('import-run'));
    await waitFor(() => expect(gateway.calls('POST', /\/imp-1\/run$/)).not.toHaveLength(0));
  });

  it('explains why a file was refused as a whole', async () => {
    stubApi(
      [{ method: 'POST', path: '/api/members/imports', answer: { status: 422, body: { title: 'File cannot be imported', status: 422, detail: 'zip bomb', code: 'import.zipBomb' } } }],
      STAFF,
    );
    renderRoutes(adminRoutes, '/members/import');
    await screen.findByTestId('import-dry-run');
    pick(new File(['PK'], 'bomb.xlsx'));
    fireEvent.click(screen.getByTestId('import-dry-run'));

    expect(await screen.findByTestId('import-refused')).toHaveTextContent('zip爆弾');
  });
});
