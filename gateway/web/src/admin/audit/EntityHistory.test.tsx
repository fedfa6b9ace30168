import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIELDS_ANSWER, item, STAFF } from '../../test/itemRecords';
import { auditRecord, records } from '../../test/auditRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import { EntityHistory } from './EntityHistory';

configure({ asyncUtilTimeout: 5000 });

describe('entity history', () => {
  it('shows the newest records of the item on its editor with the diff and a link to all of them', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items/i-1', answer: { status: 200, body: item(), headers: { ETag: '"4"' } } },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        {
          method: 'GET',
          path: '/api/audit/records',
          answer: records(
            [
              auditRecord({
                eventId: 'ev-item',
                type: 'item.ItemChanged',
                action: 'ItemChanged',
                service: 'item',
                entityType: 'item',
                entityId: 'i-1',
                changes: [{ field: 'startPrice', before: 30000, after: 28000 }, { field: 'storageLocation', before: '棚 A-3', after: null }],
              }),
            ],
            'more',
          ),
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/items/i-1', { basename: '/admin' });

    const history = await screen.findByTestId('entity-history');
    const record = await within(history).findByTestId('audit-record');
    const query = gateway.calls('GET', '/api/audit/records')[0].query;
    expect(query.get('entityType')).toBe('item');
    expect(query.get('entityId')).toBe('i-1');
    expect(query.get('size')).toBe('20');
    expect(within(record).getByTestId('record-action')).toHaveTextContent('品物の内容を変更');
    expect(within(record).getByTestId('record-actor')).toHaveTextContent('佐藤 一郎（スタッフ）');
    // Its own page: no link to itself.
    expect(within(record).queryByTestId('record-entity')).toBeNull();
    const [price, location] = within(record).getAllByTestId('diff-row');
    expect(within(price).getByTestId('diff-before').querySelector('del')).toHaveTextContent('30000');
    expect(within(price).getByTestId('diff-after').querySelector('ins')).toHaveTextContent('28000');
    expect(within(location).getByTestId('diff-after')).toHaveTextContent('（なし）');
    expect(within(history).getByTestId('entity-history-all')).toHaveAttribute('href', '/admin/audit?entityType=item&entityId=i-1');
    // Only the newest 20: no paging here.
    await waitFor(() => expect(gateway.calls('GET', '/api/audit/records')).toHaveLength(1));
    expect(within(history).queryByTestId('audit-load-more')).toBeNull();
  });
});

describe('entity history of an inquiry', () => {
  it('asks the audit log for the inquiry and shows who looked at it and erased records as erased', async () => {
    const gateway = stubApi(
      [
        {
          method: 'GET',
          path: '/api/audit/records',
          answer: records([
            auditRecord({
              eventId: 'ev-viewed',
              type: 'inquiry.InquiryViewed',
              action: 'InquiryViewed',
              service: 'inquiry',
              entityType: 'inquiry',
              entityId: 'inq-9',
              changes: [],
              clientAddress: '203.0.113.24',
            }),
            auditRecord({
              eventId: 'ev-erased',
              entityType: 'inquiry',
              entityId: 'inq-9',
              actor: { id: 'm-1', type: 'member', name: null },
              changes: [{ field: 'phone', before: null, after: null }],
              data: null,
              erased: { at: '2026-11-20T03:00:00Z' },
            }),
          ]),
        },
      ],
      STAFF,
    );
    renderRoutes([{ path: '/', element: <EntityHistory entityType="inquiry" entityId="inq-9" /> }]);

    const [viewed, erased] = await screen.findAllByTestId('audit-record');
    const query = gateway.calls('GET', '/api/audit/records')[0].query;
    expect(query.get('entityType')).toBe('inquiry');
    expect(query.get('entityId')).toBe('inq-9');
    expect(within(viewed).getByTestId('record-action')).toHaveTextContent('問い合わせを閲覧');
    expect(within(viewed).queryByTestId('record-erased')).toBeNull();
    expect(within(erased).getByTestId('record-erased')).toHaveTextContent('個人情報は消去済み');
    expect(within(erased).getByTestId('diff-before')).toHaveTextContent('（消去済み）');
    expect(within(erased).getByTestId('diff-after')).toHaveTextContent('（消去済み）');
    expect(screen.getByTestId('entity-history-all')).toHaveAttribute('href', '/audit?entityType=inquiry&entityId=inq-9');
  });
});
