import { beforeAll, describe, expect, it } from 'vitest';
import { seedWorkflow, workflowApi } from '../../mock/mockWorkflow';

const staff = { subject: 'staff-1', name: '佐藤 一郎', roles: ['staff'] };
const admin = { subject: 'admin-1', name: '鈴木 管理', roles: ['staff', 'admin'] };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function call(user: typeof staff, method: string, path: string, body?: unknown, ifMatch?: string): { status: number; body: Any; etag?: string } {
  const answer = workflowApi(method, new URL(path, 'http://mock.local'), user, ifMatch, body) as Any;
  // As over HTTP: a copy, not the mock's own objects.
  return { ...answer, body: answer.body === undefined ? undefined : JSON.parse(JSON.stringify(answer.body)) };
}

describe('mock gateway: requests', () => {
  beforeAll(() => seedWorkflow());

  it('shows the KIT board in the configured order with late, held and failed requests among the samples', () => {
    const board = call(staff, 'GET', '/api/requests/board?type=KIT&limit=50').body;
    expect(board.columns.map((column: Any) => column.status.code)).toEqual([
      'KIT_REQUESTED', 'KIT_REQUEST_CONFIRMED', 'KIT_SENT', 'ITEMS_RECEIVED', 'INSPECTED', 'LISTED', 'SOLD', 'PAID_OUT', 'CANCELLED', 'RETURNED',
    ]);
    const all = board.columns.flatMap((column: Any) => column.requests);
    const kinds = new Set(all.flatMap((request: Any) => request.attention));
    expect([...kinds].sort()).toEqual(['KIT_NOT_RETURNED', 'MAIL_FAILED', 'OVERDUE', 'UNVERIFIED_MEMBER_ITEMS']);
    expect(all.some((request: Any) => request.hold?.note)).toBe(true);
    expect(all.every((request: Any) => request.memberName)).toBe(true);
  });

  it('moves along allowed transitions only, with If-Match, and records the move', () => {
    const [request] = call(staff, 'GET', '/api/requests?type=KIT&status=KIT_REQUEST_CONFIRMED').body.content;
    const detail = call(staff, 'GET', `/api/requests/${request.id}`);
    expect(detail.body.allowedTransitions.map((transition: Any) => transition.to)).toEqual(['KIT_SENT', 'CANCELLED']);

    expect(call(staff, 'POST', `/api/requests/${request.id}/transitions`, { to: 'PAID_OUT' }, detail.etag).body.code).toBe('illegal-transition');
    expect(call(staff, 'POST', `/api/requests/${request.id}/transitions`, { to: 'KIT_SENT' }).status).toBe(428);
    expect(call(staff, 'POST', `/api/requests/${request.id}/transitions`, { to: 'KIT_SENT' }, '"999"').status).toBe(409);
    const moved = call(staff, 'POST', `/api/requests/${request.id}/transitions`, { to: 'KIT_SENT', comment: '伝票 1111' }, detail.etag);
    expect(moved.body.status.code).toBe('KIT_SENT');
    expect(moved.body.history.at(-1)).toMatchObject({ from: 'KIT_REQUEST_CONFIRMED', to: 'KIT_SENT', comment: '伝票 1111', actor: { name: '佐藤 一郎' } });
  });

  it('moves in bulk each request on its own', () => {
    const ids = call(staff, 'GET', '/api/requests?type=KIT&status=KIT_REQUESTED').body.content.map((request: Any) => request.id);
    const other = call(staff, 'GET', '/api/requests?type=KIT&status=SOLD').body.content[0].id;
    const { results } = call(staff, 'POST', '/api/requests/transitions', { requestIds: [...ids, other], to: 'KIT_REQUEST_CONFIRMED', comment: null }).body;
    expect(results.filter((result: Any) => result.moved)).toHaveLength(ids.length);
    expect(results.at(-1)).toMatchObject({ requestId: other, moved: false, problem: { code: 'illegal-transition' } });
  });

  it('lets only admins change the configuration and refuses removing a status in use', () => {
    const { body: config, etag } = call(admin, 'GET', '/api/requests/types/KIT');
    expect(call(staff, 'PUT', '/api/requests/types/KIT', config, etag).status).toBe(403);
    const withoutSent = { statuses: config.statuses.filter((status: Any) => status.code !== 'KIT_SENT'), transitions: [] };
    const refused = call(admin, 'PUT', '/api/requests/types/KIT', withoutSent, etag);
    expect(refused.body).toMatchObject({ code: 'status-in-use', statuses: ['KIT_SENT'] });
    const renamed = config.statuses.map((status: Any) => (status.code === 'KIT_SENT' ? { ...status, name: { ja: '発送済み', en: 'Sent' } } : status));
    const saved = call(admin, 'PUT', '/api/requests/types/KIT', { statuses: renamed, transitions: config.transitions }, etag);
    expect(saved.status).toBe(200);
    expect(saved.etag).toBe(`"${config.version + 1}"`);
  });
});
