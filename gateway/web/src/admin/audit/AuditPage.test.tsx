import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, STAFF } from '../../test/workflowRecords';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi, type StubRoute } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import { auditRecord, records } from '../../test/auditRecords';

configure({ asyncUtilTimeout: 5000 });

const statusChange = auditRecord({
  eventId: 'ev-2',
  type: 'workflow.RequestStatusChanged',
  action: 'RequestStatusChanged',
  service: 'workflow',
  entityType: 'request',
  entityId: 'req-1',
  data: { number: 'R-000101' },
  changes: [{ field: 'status', before: 'KIT_SENT', after: 'ITEMS_RECEIVED' }],
});
const documentViewed = auditRecord({
  eventId: 'ev-3',
  type: 'member.IdentityDocumentViewed',
  action: 'IdentityDocumentViewed',
  entityType: 'inquiry',
  entityId: 'inq-9',
  actor: { id: 'a-1', type: 'staff', name: '鈴木 管理' },
  changes: [],
});

const RECORDS: StubRoute = { method: 'GET', path: '/api/audit/records', answer: records([auditRecord(), statusChange]) };
const NO_DEAD_LETTERS: StubRoute = { method: 'GET', path: '/api/audit/dead-letters', answer: { status: 200, body: { content: [], next: null } } };

describe('audit log', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('sends every criterion of the search in the query, a person id as actorId and a name as actor', async () => {
    const gateway = stubApi([RECORDS], STAFF);
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });
    await screen.findAllByTestId('audit-record');

    fireEvent.change(screen.getByTestId('filter-entity-type'), { target: { value: 'member' } });
    fireEvent.change(screen.getByTestId('filter-entity-id'), { target: { value: 'm-1' } });
    fireEvent.change(screen.getByTestId('filter-person'), { target: { value: '佐藤' } });
    fireEvent.change(screen.getByTestId('filter-action'), { target: { value: 'ProfileChanged' } });
    fireEvent.change(screen.getByTestId('filter-from'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByTestId('filter-to'), { target: { value: '2026-11-30' } });
    fireEvent.change(screen.getByTestId('filter-q'), { target: { value: '渋谷区' } });
    fireEvent.submit(screen.getByTestId('audit-search'));

    await waitFor(() => expect(gateway.calls('GET', '/api/audit/records').at(-1)?.query.get('q')).toBe('渋谷区'));
    const query = gateway.calls('GET', '/api/audit/records').at(-1)!.query;
    expect(query.get('entityType')).toBe('member');
    expect(query.get('entityId')).toBe('m-1');
    expect(query.get('actor')).toBe('佐藤');
    expect(query.has('actorId')).toBe(false);
    expect(query.get('action')).toBe('ProfileChanged');
    // Days as instants: from the start of the first day to the start of the day after the last.
    expect(query.get('from')).toBe(new Date('2026-11-01T00:00:00').toISOString());
    expect(query.get('to')).toBe(new Date('2026-12-01T00:00:00').toISOString());
    expect(query.has('cursor')).toBe(false);

    fireEvent.change(screen.getByTestId('filter-person'), { target: { value: 'c2a9e3d4-5b6f-4a7e-8c9d-0e1f2a3b4c02' } });
    fireEvent.submit(screen.getByTestId('audit-search'));
    await waitFor(() => expect(gateway.calls('GET', '/api/audit/records').at(-1)?.query.get('actorId')).toBe('c2a9e3d4-5b6f-4a7e-8c9d-0e1f2a3b4c02'));
    expect(gateway.calls('GET', '/api/audit/records').at(-1)?.query.has('actor')).toBe(false);
  });

  it('searches for what a person did when their name is clicked', async () => {
    const gateway = stubApi([RECORDS], STAFF);
    renderRoutes(adminRoutes, '/audit?entityType=member', { basename: '/admin' });
    const [first] = await screen.findAllByTestId('audit-record');
    fireEvent.click(within(first).getByTestId('record-actor'));
    await waitFor(() => expect(gateway.calls('GET', '/api/audit/records').at(-1)?.query.get('actorId')).toBe('s-1'));
    expect(gateway.calls('GET', '/api/audit/records').at(-1)?.query.has('entityType')).toBe(false);
  });

  it('shows who did what to which entity, with each change as before → after and (none) for no value', async () => {
    stubApi([{ method: 'GET', path: '/api/audit/records', answer: records([auditRecord(), statusChange, documentViewed]) }], STAFF);
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });
    const [profile, moved, viewed] = await screen.findAllByTestId('audit-record');

    expect(within(profile).getByTestId('record-actor')).toHaveTextContent('佐藤 一郎（スタッフ）');
    expect(within(profile).getByTestId('record-action')).toHaveTextContent('会員情報を変更');
    expect(within(profile).getByTestId('record-entity')).toHaveAttribute('href', '/admin/members/m-1');
    const rows = within(profile).getAllByTestId('diff-row');
    expect(rows.map((row) => row.dataset.field)).toEqual(['address', 'occupation', 'phone']);
    // The old value struck through, the new one highlighted.
    const address = rows[0];
    expect(within(address).getByTestId('diff-before').querySelector('del')).toHaveTextContent('東京都千代田区千代田1-1');
    expect(within(address).getByTestId('diff-after').querySelector('ins')).toHaveTextContent('東京都渋谷区渋谷2-1-1');
    expect(address).toHaveTextContent('住所');
    // Nothing before / nothing after.
    expect(within(rows[1]).getByTestId('diff-before')).toHaveTextContent('（なし）');
    expect(within(rows[1]).getByTestId('diff-before').querySelector('del')).toBeNull();
    expect(within(rows[1]).getByTestId('diff-after')).toHaveTextContent('自営業');
    expect(within(rows[2]).getByTestId('diff-before').querySelector('del')).toHaveTextContent('090-1234-5678');
    expect(within(rows[2]).getByTestId('diff-after')).toHaveTextContent('（なし）');
    expect(within(rows[2]).getByTestId('diff-after').querySelector('ins')).toBeNull();

    expect(within(moved).getByTestId('record-action')).toHaveTextContent('依頼のステータスを変更');
    expect(within(moved).getByTestId('record-entity')).toHaveAttribute('href', '/admin/requests/req-1');
    expect(within(moved).getByTestId('record-entity')).toHaveTextContent('依頼 R-000101');

    // A read without changes: no diff.
    expect(within(viewed).getByTestId('record-action')).toHaveTextContent('本人確認書類を閲覧');
    expect(within(viewed).queryByTestId('record-diff')).toBeNull();
    expect(screen.getByTestId('audit-end')).toBeInTheDocument();
  });

  it('loads more records with the cursor of the last answer until there is no next', async () => {
    const gateway = stubApi(
      [
        {
          method: 'GET',
          path: '/api/audit/records',
          answer: (request) =>
            request.query.get('cursor') === 'opaque-2' ? records([documentViewed]) : records([auditRecord(), statusChange], 'opaque-2'),
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/audit?action=ProfileChanged', { basename: '/admin' });
    expect(await screen.findAllByTestId('audit-record')).toHaveLength(2);

    fireEvent.click(screen.getByTestId('audit-load-more'));
    await waitFor(() => expect(screen.getAllByTestId('audit-record')).toHaveLength(3));
    const more = gateway.calls('GET', '/api/audit/records').at(-1)!.query;
    expect(more.get('cursor')).toBe('opaque-2');
    expect(more.get('action')).toBe('ProfileChanged');
    expect(screen.getAllByTestId('audit-record').map((record) => record.dataset.eventId)).toEqual(['ev-1', 'ev-2', 'ev-3']);
    expect(screen.queryByTestId('audit-load-more')).not.toBeInTheDocument();
  });

  it('exports the current search as XLSX or CSV, follows its progress and offers the file', async () => {
    const gateway = stubApi(
      [
        RECORDS,
        { method: 'POST', path: '/api/audit/exports', answer: { status: 202, body: { id: 'ex-1', state: 'RUNNING', done: 0, total: 40, fileName: null }, headers: { Location: '/api/audit/exports/ex-1' } } },
        {
          method: 'GET',
          path: '/api/audit/exports/ex-1',
          answer: inTurn(
            { status: 200, body: { id: 'ex-1', state: 'RUNNING', done: 20, total: 40, fileName: null } },
            { status: 200, body: { id: 'ex-1', state: 'DONE', done: 40, total: 40, fileName: 'audit-202611201030.csv' } },
          ),
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/audit?entityType=member&entityId=m-1&q=渋谷', { basename: '/admin' });
    await screen.findAllByTestId('audit-record');
    fireEvent.click(screen.getByTestId('audit-export'));
    const dialog = await screen.findByTestId('audit-export-dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'CSV' }));
    fireEvent.click(within(dialog).getByTestId('audit-export-start'));

    await waitFor(() => expect(gateway.calls('POST', '/api/audit/exports')).toHaveLength(1));
    expect(gateway.calls('POST', '/api/audit/exports')[0].body).toEqual({ filter: { entityType: 'member', entityId: 'm-1', q: '渋谷' }, format: 'CSV' });
    const download = await screen.findByTestId('export-download', {}, { timeout: 6000 });
    expect(download).toHaveAttribute('href', '/api/audit/exports/ex-1/file');
    expect(screen.getByTestId('export-file-name')).toHaveTextContent('audit-202611201030.csv');
  });

  it('shows staff neither the chain verification nor the dead letters', async () => {
    const gateway = stubApi([RECORDS], STAFF);
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });
    await screen.findAllByTestId('audit-record');
    expect(screen.queryByTestId('audit-verify-start')).not.toBeInTheDocument();
    expect(gateway.calls('GET', '/api/audit/dead-letters')).toHaveLength(0);
  });

  it('lets an admin verify the chain and shows the first broken link in red', async () => {
    const gateway = stubApi(
      [
        RECORDS,
        NO_DEAD_LETTERS,
        { method: 'POST', path: '/api/audit/verifications', answer: { status: 202, body: { id: 'v-1', state: 'RUNNING', checked: 0, total: 1200, firstBroken: null, startedAt: '2026-11-20T02:00:00Z', finishedAt: null } } },
        {
          method: 'GET',
          path: '/api/audit/verifications/v-1',
          answer: inTurn(
            { status: 200, body: { id: 'v-1', state: 'RUNNING', checked: 600, total: 1200, firstBroken: null, startedAt: '2026-11-20T02:00:00Z', finishedAt: null } },
            {
              status: 200,
              body: {
                id: 'v-1', state: 'DONE', checked: 731, total: 1200, startedAt: '2026-11-20T02:00:00Z', finishedAt: '2026-11-20T02:00:04Z',
                firstBroken: { stream: 'member.events-0', sequence: 731, eventId: 'ev-731', reason: 'hash mismatch' },
              },
            },
          ),
        },
      ],
      ADMIN,
    );
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });
    fireEvent.click(await screen.findByTestId('audit-verify-start'));

    await waitFor(() => expect(gateway.calls('POST', '/api/audit/verifications')).toHaveLength(1));
    expect(await screen.findByTestId('audit-verify-count')).toHaveTextContent('/ 1,200');
    const broken = await screen.findByTestId('audit-verify-broken', {}, { timeout: 6000 });
    expect(broken).toHaveAttribute('role', 'alert');
    expect(within(broken).getByTestId('broken-stream')).toHaveTextContent('member.events-0');
    expect(within(broken).getByTestId('broken-sequence')).toHaveTextContent('731');
    expect(within(broken).getByTestId('broken-event')).toHaveTextContent('ev-731');
    expect(within(broken).getByTestId('broken-reason')).toHaveTextContent('hash mismatch');
    expect(screen.queryByTestId('audit-verify-intact')).not.toBeInTheDocument();
    // No dead letters: no panel.
    expect(screen.queryByTestId('audit-dead-letters')).not.toBeInTheDocument();
  });

  it('tells an admin when every link is intact, and lists dead letters when there are any', async () => {
    stubApi(
      [
        RECORDS,
        {
          method: 'GET',
          path: '/api/audit/dead-letters',
          answer: { status: 200, body: { content: [{ topic: 'item.events', partition: 1, offset: 20417, key: 'i-7', reason: 'Not JSON', payload: '<html>', at: '2026-11-19T09:00:00Z' }], next: null } },
        },
        { method: 'GET', path: '/api/audit/verifications/v-2', answer: { status: 200, body: { id: 'v-2', state: 'DONE', checked: 1200, total: 1200, firstBroken: null, startedAt: '2026-11-20T02:00:00Z', finishedAt: '2026-11-20T02:00:04Z' } } },
        { method: 'POST', path: '/api/audit/verifications', answer: { status: 202, body: { id: 'v-2', state: 'DONE', checked: 1200, total: 1200, firstBroken: null, startedAt: '2026-11-20T02:00:00Z', finishedAt: '2026-11-20T02:00:04Z' } } },
      ],
      ADMIN,
    );
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });
    const letters = await screen.findByTestId('audit-dead-letters');
    expect(within(letters).getByTestId('dead-letter')).toHaveTextContent('item.events / 1 / 20417');
    expect(within(letters).getByTestId('dead-letter')).toHaveTextContent('Not JSON');

    fireEvent.click(screen.getByTestId('audit-verify-start'));
    expect(await screen.findByTestId('audit-verify-intact')).toHaveTextContent('1200 件の記録を確認しました');
    expect(screen.queryByTestId('audit-verify-broken')).not.toBeInTheDocument();
  });
});

describe('audit log: from where, inquiries and erasure', () => {
  it('shows where a request came from, and searches inquiries by their entity type', async () => {
    const viewed = auditRecord({
      eventId: 'ev-inq',
      type: 'inquiry.InquiryViewed',
      action: 'InquiryViewed',
      service: 'inquiry',
      entityType: 'inquiry',
      entityId: 'inq-9',
      changes: [],
      clientAddress: '2001:db8::42',
    });
    const bySystem = auditRecord({ eventId: 'ev-sys', actor: { id: null, type: 'system', name: 'workflow-service' }, clientAddress: null });
    const gateway = stubApi([{ method: 'GET', path: '/api/audit/records', answer: records([viewed, bySystem]) }], STAFF);
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });

    const [inquiry, system] = await screen.findAllByTestId('audit-record');
    expect(within(inquiry).getByTestId('record-client-address')).toHaveTextContent('2001:db8::42');
    expect(within(inquiry).getByTestId('record-action')).toHaveTextContent('問い合わせを閲覧');
    expect(within(system).queryByTestId('record-client-address')).toBeNull();

    fireEvent.change(screen.getByTestId('filter-entity-type'), { target: { value: 'inquiry' } });
    fireEvent.submit(screen.getByTestId('audit-search'));
    await waitFor(() => expect(gateway.calls('GET', '/api/audit/records').at(-1)?.query.get('entityType')).toBe('inquiry'));
  });
});

describe('audit log: truncated streams, failed exports and links to inquiries', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('says in words that a stream lost its newest records', async () => {
    const broken = {
      id: 'v-3', state: 'DONE', checked: 90, total: 90, startedAt: '2026-11-20T02:00:00Z', finishedAt: '2026-11-20T02:00:04Z',
      firstBroken: { stream: 'inquiry.events-2', sequence: 91, eventId: 'ev-91', reason: 'truncated' },
    };
    stubApi(
      [
        RECORDS,
        NO_DEAD_LETTERS,
        { method: 'POST', path: '/api/audit/verifications', answer: { status: 202, body: broken } },
        { method: 'GET', path: '/api/audit/verifications/v-3', answer: { status: 200, body: broken } },
      ],
      ADMIN,
    );
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });
    fireEvent.click(await screen.findByTestId('audit-verify-start'));

    const alert = await screen.findByTestId('audit-verify-broken');
    expect(within(alert).getByTestId('broken-reason')).toHaveTextContent('最新の記録が削除されています');
    expect(within(alert).getByTestId('broken-reason')).not.toHaveTextContent('truncated');
  });

  it('shows why an export failed', async () => {
    stubApi(
      [
        RECORDS,
        { method: 'POST', path: '/api/audit/exports', answer: { status: 202, body: { id: 'ex-2', state: 'RUNNING', done: 0, total: 40, fileName: null }, headers: { Location: '/api/audit/exports/ex-2' } } },
        {
          method: 'GET',
          path: '/api/audit/exports/ex-2',
          answer: { status: 200, body: { id: 'ex-2', state: 'FAILED', done: 12, total: 40, fileName: null, failure: 'The export stopped with its instance.' } },
        },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });
    await screen.findAllByTestId('audit-record');
    fireEvent.click(screen.getByTestId('audit-export'));
    fireEvent.click(within(await screen.findByTestId('audit-export-dialog')).getByTestId('audit-export-start'));

    const failed = await screen.findByTestId('export-failed', {}, { timeout: 6000 });
    expect(failed).toHaveTextContent('The export stopped with its instance.');
    expect(screen.queryByTestId('export-download')).not.toBeInTheDocument();
  });

  it('links a record about an inquiry to the inquiry, one about inbox settings to their page, and one without a page to nothing', async () => {
    const mailSent = auditRecord({ eventId: 'ev-mail', type: 'notification.MailSent', action: 'MailSent', entityType: 'mail', entityId: 'mail-1', changes: [] });
    const hours = auditRecord({
      eventId: 'ev-hours',
      type: 'inquiry.BusinessHoursChanged',
      action: 'BusinessHoursChanged',
      service: 'inquiry',
      entityType: 'inquiry',
      entityId: 'business-hours',
      changes: [{ field: 'week.SATURDAY', before: [], after: ['10:00-15:00'] }],
    });
    stubApi([{ method: 'GET', path: '/api/audit/records', answer: records([documentViewed, mailSent, hours]) }], STAFF);
    renderRoutes(adminRoutes, '/audit', { basename: '/admin' });

    const [inquiry, mail, settings] = await screen.findAllByTestId('audit-record');
    expect(within(inquiry).getByTestId('record-entity')).toHaveAttribute('href', '/admin/inquiries/inq-9');
    expect(within(mail).getByTestId('record-entity').tagName).not.toBe('A');
    expect(within(settings).getByTestId('record-entity')).toHaveAttribute('href', '/admin/settings/business-hours');
    expect(within(settings).getByTestId('record-action')).toHaveTextContent('営業時間を変更');
  });
});
