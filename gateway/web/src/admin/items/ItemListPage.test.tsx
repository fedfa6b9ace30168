import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FIELDS_ANSWER, item, itemPage, PROFILES, STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const sold = item({
  id: 'i-2',
  number: 'I-000102',
  values: { name: 'プレサージュ', title: 'SEIKO プレサージュ SARX055' },
  missingRequired: [],
  price: { auctionId: 'x9', listedAt: '2026-10-01T00:00:00Z', currentBid: 52000, endsAt: '2026-10-08T00:00:00Z', hammerPrice: 52000, updatedAt: '2026-10-08T00:00:00Z' },
});
const fresh = item({ id: 'i-3', number: 'I-000103', price: null });

/** The list's rows once loaded (slow on a busy machine). */
const rowsShown = () => screen.findAllByTestId('item-row', {}, { timeout: 5000 });

const lastQuery = (gateway: ReturnType<typeof stubApi>) => gateway.calls('GET', '/api/items').at(-1)!.query;

// Pages render slowly on the shared two-core machine: give every findBy/waitFor five seconds.
configure({ asyncUtilTimeout: 5000 });

describe('item list', () => {
  it('shows each item with its missing required fields and its figures in yen', async () => {
    stubApi([{ method: 'GET', path: '/api/items', answer: itemPage([item(), sold, fresh]) }, { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER }], STAFF);
    renderRoutes(adminRoutes, '/items');

    const rows = await rowsShown();
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByTestId('missing-marker')).toHaveTextContent('必須 1 件未入力');
    await waitFor(() => expect(within(rows[0]).getByTestId('missing-marker')).toHaveAccessibleName('未入力の必須項目: 出品タイトル'));
    expect(within(rows[0]).getByTestId('current-bid').textContent).toMatch(/45,000/);
    expect(within(rows[1]).getByTestId('hammer-price').textContent).toMatch(/[¥￥]52,000/);
    expect(within(rows[1]).queryByTestId('missing-marker')).toBeNull();
    expect(rows[2]).toHaveTextContent('未出品');
    expect(within(rows[0]).getByRole('link', { name: 'R-1001' })).toHaveAttribute('href', '/requests/req-1');
    expect(within(rows[0]).getByRole('link', { name: 'I-000101' })).toHaveAttribute('href', '/items/i-1');
  });

  it('filters by request number, member and text, and by whether listed, all in the URL', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items', answer: itemPage([item()]) },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        { method: 'GET', path: '/api/requests', answer: { status: 200, body: { content: [{ id: 'req-9', number: 'R-1009' }, { id: 'req-90', number: 'R-10090' }], page: { size: 10, number: 0, totalElements: 2, totalPages: 1 } } } },
        { method: 'GET', path: '/api/members', answer: { status: 200, body: { content: [{ id: 'm-7', email: 'ken@example.com', familyName: '佐々木', givenName: '健' }], page: { size: 10, number: 0, totalElements: 1, totalPages: 1 } } } },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/items');
    await rowsShown();

    fireEvent.change(screen.getByTestId('filter-request'), { target: { value: 'R-1009' } });
    fireEvent.change(screen.getByTestId('filter-member'), { target: { value: '佐々木' } });
    fireEvent.change(screen.getByTestId('filter-text'), { target: { value: 'ヴィトン' } });
    fireEvent.submit(screen.getByRole('search'));

    await waitFor(() => expect(lastQuery(gateway).get('requestId')).toBe('req-9'));
    expect(gateway.calls('GET', '/api/requests')[0].query.get('q')).toBe('R-1009');
    expect(lastQuery(gateway).get('memberId')).toBe('m-7');
    expect(lastQuery(gateway).get('q')).toBe('ヴィトン');

    await userEvent.selectOptions(screen.getByTestId('filter-listed'), 'false');
    await waitFor(() => expect(lastQuery(gateway).get('listed')).toBe('false'));
    expect(lastQuery(gateway).get('requestId')).toBe('req-9');

    fireEvent.click(screen.getByTestId('sort-number'));
    await waitFor(() => expect(lastQuery(gateway).get('sort')).toBe('number,asc'));
  });

  it('asks which member is meant when several match', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items', answer: itemPage([item()]) },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        {
          method: 'GET',
          path: '/api/members',
          answer: { status: 200, body: { content: [{ id: 'm-7', email: 'a@example.com', familyName: '山田', givenName: '花子' }, { id: 'm-8', email: 'b@example.com', familyName: '山田', givenName: '太郎' }], page: { size: 10, number: 0, totalElements: 2, totalPages: 1 } } },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/items');
    await rowsShown();

    fireEvent.change(screen.getByTestId('filter-member'), { target: { value: '山田' } });
    fireEvent.submit(screen.getByRole('search'));
    fireEvent.click(await within(await screen.findByTestId('member-candidates')).findByRole('button', { name: /山田 太郎/ }));

    await waitFor(() => expect(lastQuery(gateway).get('memberId')).toBe('m-8'));
  });

  it('selects the page, then everything matching the filter, and exports it: start, progress, download', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items', answer: itemPage([item(), sold], 45) },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        { method: 'GET', path: '/api/items/export-profiles', answer: { status: 200, body: PROFILES } },
        {
          method: 'POST',
          path: '/api/items/exports',
          answer: { status: 202, body: { id: 'job-1', state: 'RUNNING', done: 0, total: 45, fileName: 'items.csv' }, headers: { Location: '/api/items/exports/job-1' } },
        },
        {
          method: 'GET',
          path: '/api/items/exports/job-1',
          answer: inTurn(
            { status: 200, body: { id: 'job-1', state: 'RUNNING', done: 20, total: 45, fileName: 'items.csv' } },
            { status: 200, body: { id: 'job-1', state: 'DONE', done: 45, total: 45, fileName: 'items.csv' } },
          ),
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/items?listed=false&q=%E3%83%90%E3%83%83%E3%82%B0');
    await rowsShown();
    expect(screen.getByTestId('export-open')).toBeDisabled();

    fireEvent.click(screen.getByTestId('select-page'));
    expect(screen.getByTestId('selection-count')).toHaveTextContent('2 件を選択中');
    fireEvent.click(screen.getByTestId('select-all-matching'));
    expect(screen.getByTestId('selection-count')).toHaveTextContent('条件に合う 45 件すべてを選択中');

    fireEvent.click(screen.getByTestId('export-open'));
    const dialog = await screen.findByTestId('export-dialog');
    expect(within(dialog).getByTestId('export-scope')).toHaveTextContent('条件に合う 45 件すべてを出力します。');
    expect(await within(dialog).findByTestId('export-format')).toHaveTextContent('ヤフオク! 一括出品 CSV');
    expect(within(dialog).getByTestId('export-encoding')).toHaveTextContent('Shift_JIS');
    await userEvent.selectOptions(within(dialog).getByTestId('export-profile'), 'full');
    expect(within(dialog).getByTestId('export-encoding')).toHaveTextContent('XLSX では指定不要です');
    await userEvent.selectOptions(within(dialog).getByTestId('export-profile'), 'yahoo');

    fireEvent.click(within(dialog).getByTestId('export-start'));

    expect(await within(dialog).findByText('出力中… 20 / 45 件')).toBeInTheDocument();
    expect(within(dialog).getByTestId('export-progress')).toBeInTheDocument();
    const download = await within(dialog).findByTestId('export-download', {}, { timeout: 4000 });
    expect(download).toHaveAttribute('href', '/api/items/exports/job-1/file');
    expect(within(dialog).getByTestId('export-file-name')).toHaveTextContent('items.csv');
    const post = gateway.calls('POST', '/api/items/exports')[0];
    expect(post.body).toEqual({ profileId: 'yahoo', filter: { listed: false, q: 'バッグ' } });
  });

  it('exports the rows picked one by one by their ids, and shows a failed export plainly', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items', answer: itemPage([item(), sold], 45) },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        { method: 'GET', path: '/api/items/export-profiles', answer: { status: 200, body: PROFILES } },
        { method: 'POST', path: '/api/items/exports', answer: { status: 202, body: { id: 'job-2', state: 'RUNNING', done: 0, total: 1, fileName: null } } },
        {
          method: 'GET',
          path: '/api/items/exports/job-2',
          answer: { status: 200, body: { id: 'job-2', state: 'FAILED', done: 0, total: 1, fileName: null, failure: { code: 'export.failed', message: 'The storage is full.' } } },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/items');
    const rows = await rowsShown();

    fireEvent.click(within(rows[1]).getByTestId('select-item'));
    expect(screen.getByTestId('selection-count')).toHaveTextContent('1 件を選択中');
    expect(screen.queryByTestId('select-all-matching')).toBeNull();
    fireEvent.click(screen.getByTestId('export-open'));
    const dialog = await screen.findByTestId('export-dialog');
    await within(dialog).findByTestId('export-format');
    fireEvent.click(within(dialog).getByTestId('export-start'));

    expect(await within(dialog).findByTestId('export-failed')).toHaveTextContent('The storage is full.');
    expect(within(dialog).queryByTestId('export-download')).toBeNull();
    expect(gateway.calls('POST', '/api/items/exports')[0].body).toEqual({ profileId: 'yahoo', itemIds: ['i-2'] });
  });

  it('drops the selection when the filter changes', async () => {
    stubApi([{ method: 'GET', path: '/api/items', answer: itemPage([item(), sold]) }, { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER }], STAFF);
    renderRoutes(adminRoutes, '/items');
    const rows = await rowsShown();
    fireEvent.click(within(rows[0]).getByTestId('select-item'));
    expect(screen.getByTestId('export-open')).toBeEnabled();

    await userEvent.selectOptions(screen.getByTestId('filter-listed'), 'true');

    await waitFor(() => expect(screen.getByTestId('export-open')).toBeDisabled());
    expect(screen.queryByTestId('selection-bar')).toBeNull();
  });
});
