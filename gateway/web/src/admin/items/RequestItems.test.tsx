import { configure, fireEvent, screen, within } from '@testing-library/react';
import { useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FIELDS_ANSWER, item, itemPage, STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { AdminLayout } from '../AdminLayout';
import { RequestItems } from './RequestItems';

// Pages render slowly on the shared two-core machine: give every findBy/waitFor five seconds.
configure({ asyncUtilTimeout: 5000 });

function Editor() {
  return <p data-testid="editor">{useParams().id}</p>;
}

/** The request detail page stands in: it mounts RequestItems for its request. */
const routes = [
  {
    element: <AdminLayout />,
    children: [
      { path: '/requests/req-1', element: <RequestItems requestId="req-1" /> },
      { path: '/items/:id', element: <Editor /> },
    ],
  },
];

describe('RequestItems', () => {
  it("lists one request's items with their missing fields and figures, each opening the editor", async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items', answer: itemPage([item(), item({ id: 'i-2', number: 'I-000102', values: { name: '腕時計', title: 'SEIKO 腕時計' }, missingRequired: [], price: null })]) },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
      ],
      STAFF,
    );
    renderRoutes(routes, '/requests/req-1');

    const rows = await screen.findAllByTestId('request-item-row');
    expect(screen.getByTestId('request-items')).toHaveTextContent('委託品（2 点）');
    expect(within(rows[0]).getByTestId('missing-marker')).toBeInTheDocument();
    expect(within(rows[0]).getByTestId('current-bid').textContent).toMatch(/45,000/);
    expect(rows[1]).toHaveTextContent('SEIKO 腕時計');
    expect(rows[1]).toHaveTextContent('未出品');
    const query = gateway.calls('GET', '/api/items')[0].query;
    expect(query.get('requestId')).toBe('req-1');

    fireEvent.click(within(rows[1]).getByRole('link', { name: 'I-000102' }));
    expect(await screen.findByTestId('editor')).toHaveTextContent('i-2');
  });

  it('lets staff add an item to the request and opens it in the editor', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items', answer: itemPage([]) },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        { method: 'POST', path: '/api/items', answer: { status: 201, body: item({ id: 'i-9', number: 'I-000109' }) } },
      ],
      STAFF,
    );
    renderRoutes(routes, '/requests/req-1');
    expect(await screen.findByText('この依頼の委託品はまだ登録されていません。')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('add-item'));
    fireEvent.change(await screen.findByTestId('add-item-name'), { target: { value: '着物 訪問着' } });
    fireEvent.click(screen.getByTestId('add-item-confirm'));

    expect(await screen.findByTestId('editor')).toHaveTextContent('i-9');
    expect(gateway.calls('POST', '/api/items')[0].body).toEqual({ requestId: 'req-1', values: { name: '着物 訪問着' } });
  });
});
