import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import { lastMonth, thisMonth } from './api';

// Pages render slowly on the shared two-core machine: give every findBy/waitFor five seconds.
configure({ asyncUtilTimeout: 5000 });

const entry = {
  id: 'l-1',
  acquiredOn: '2026-10-02',
  itemNumber: 'I-000290',
  description: 'ミキモト パールネックレス',
  features: 'アコヤ真珠、留め具SV',
  quantity: 1,
  memberId: 'm-2',
  counterparty: { name: '高橋 美咲', address: '神奈川県横浜市中区山下町10', occupation: '看護師', age: 29 },
  identityVerification: { method: 'DRIVING_LICENCE', verifiedOn: '2026-09-29' },
};
const LEDGER = { status: 200, body: { content: [entry], page: { size: 50, number: 0, totalElements: 120, totalPages: 3 } } };

describe('transaction ledger', () => {
  it('previews the period with every column the law asks for, and notes how long entries are kept', async () => {
    const gateway = stubApi([{ method: 'GET', path: '/api/items/ledger', answer: LEDGER }], STAFF);
    renderRoutes(adminRoutes, '/ledger?from=2026-10-01&to=2026-10-31');

    const row = await screen.findByTestId('ledger-row');
    for (const text of ['2026-10-02', 'I-000290', 'ミキモト パールネックレス', 'アコヤ真珠、留め具SV', '高橋 美咲', '神奈川県横浜市中区山下町10', '看護師', '29', '運転免許証', '2026-09-29']) {
      expect(row).toHaveTextContent(text);
    }
    expect(screen.getByTestId('ledger-retention')).toHaveTextContent('少なくとも 3 年間保存');
    const query = gateway.calls('GET', '/api/items/ledger')[0].query;
    expect([query.get('from'), query.get('to'), query.get('page')]).toEqual(['2026-10-01', '2026-10-31', '0']);

    fireEvent.click(screen.getByRole('button', { name: '次のページ' }));
    await waitFor(() => expect(gateway.calls('GET', '/api/items/ledger').at(-1)!.query.get('page')).toBe('1'));
  });

  it('opens on this month and follows the period picked', async () => {
    const gateway = stubApi([{ method: 'GET', path: '/api/items/ledger', answer: LEDGER }], STAFF);
    renderRoutes(adminRoutes, '/ledger');
    await screen.findByTestId('ledger-row');
    const month = thisMonth();
    expect(gateway.calls('GET', '/api/items/ledger')[0].query.get('from')).toBe(month.from);
    expect(gateway.calls('GET', '/api/items/ledger')[0].query.get('to')).toBe(month.to);

    fireEvent.click(screen.getByRole('button', { name: '先月' }));
    await waitFor(() => expect(gateway.calls('GET', '/api/items/ledger').at(-1)!.query.get('from')).toBe(lastMonth().from));

    fireEvent.change(screen.getByTestId('ledger-from'), { target: { value: '2026-04-01' } });
    fireEvent.change(screen.getByTestId('ledger-to'), { target: { value: '2026-03-31' } });
    expect(await screen.findByText('終了日は開始日以降の日付にしてください')).toBeInTheDocument();
    expect(screen.getByTestId('ledger-export')).toBeDisabled();
    expect(gateway.calls('GET', '/api/items/ledger').some((call) => call.query.get('to') === '2026-03-31')).toBe(false);
  });

  it('exports the period as CSV in the background and offers the file when done', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items/ledger', answer: LEDGER },
        {
          method: 'POST',
          path: '/api/items/ledger/exports',
          answer: { status: 202, body: { id: 'lx-1', state: 'RUNNING', done: 0, total: 120, fileName: 'ledger.csv' }, headers: { Location: '/api/items/ledger/exports/lx-1' } },
        },
        {
          method: 'GET',
          path: '/api/items/ledger/exports/lx-1',
          answer: inTurn(
            { status: 200, body: { id: 'lx-1', state: 'RUNNING', done: 60, total: 120, fileName: 'ledger.csv' } },
            { status: 200, body: { id: 'lx-1', state: 'DONE', done: 120, total: 120, fileName: 'ledger.csv' } },
          ),
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/ledger?from=2026-10-01&to=2026-10-31');
    await screen.findByTestId('ledger-row');

    fireEvent.click(within(screen.getByTestId('ledger-format')).getByText('CSV'));
    fireEvent.click(screen.getByTestId('ledger-export'));

    expect(await screen.findByText('出力中… 60 / 120 件')).toBeInTheDocument();
    const download = await screen.findByTestId('export-download');
    expect(download).toHaveAttribute('href', '/api/items/ledger/exports/lx-1/file');
    expect(gateway.calls('POST', '/api/items/ledger/exports')[0].body).toEqual({ from: '2026-10-01', to: '2026-10-31', format: 'CSV' });
  });
});
