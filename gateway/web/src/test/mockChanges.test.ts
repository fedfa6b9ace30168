import { describe, expect, it } from 'vitest';
import { changesApi, type MockMemberLike } from '../../mock/mockChanges';
import { membersApi, mockMemberStore } from '../../mock/mockMembers';

type User = { subject: string; name: string; email: string; roles: string[] };
const staff: User = { subject: 'staff-1', name: '佐藤 一郎', email: 'staff@example.com', roles: ['staff'] };
const profile = {
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'やまだ',
  givenNameKana: 'はなこ',
  birthDate: '1990-04-01',
  phone: '09012345678',
  address: { postalCode: '1000001', prefecture: '東京都', city: '千代田区', line1: '千代田1-1', line2: '' },
  occupation: '会社員',
};

function call(user: User, method: string, path: string, body?: unknown, ifMatch?: string) {
  const url = new URL(path, 'http://mock.local');
  const store = {
    own: () => mockMemberStore.own(user),
    find: (id: string) => mockMemberStore.find(id),
    view: (member: MockMemberLike) => mockMemberStore.view(member),
  };
  return (changesApi(method, url, user, ifMatch, body, store) ?? membersApi(method, url.pathname, user, ifMatch, body))!;
}

type Any = any;

describe('mock gateway: change requests and account statuses', () => {
  it('imitates member-service closely enough to try the screens', () => {
    const member: User = { subject: 'mock-member-1', name: '山田 花子', email: 'm@example.com', roles: ['member'] };
    expect(call(member, 'PUT', '/api/members/me/profile', profile, '"0"').status).toBe(200);
    mockMemberStore.own(member).verification = { state: 'VERIFIED', reason: null };

    const edit = call(member, 'PUT', '/api/members/me/profile', { ...profile, familyName: '佐藤', phone: '08011112222' }, '"1"');
    const edited = edit.body as Any;
    expect(edited.profile.familyName).toBe('山田');
    expect(edited.profile.phone).toBe('08011112222');
    expect(edited.pendingChangeRequests[0].changes).toEqual([{ field: 'familyName', before: '山田', after: '佐藤' }]);

    const queue = call(staff, 'GET', '/api/members/change-requests?state=PENDING').body as Any;
    const id = queue.content.find((request: Any) => request.memberId === member.subject).id;
    expect(call(member, 'POST', `/api/members/change-requests/${id}/approval`).status).toBe(403);
    expect(call(staff, 'POST', `/api/members/change-requests/${id}/rejection`, { reason: ' ' }).status).toBe(400);
    expect(call(staff, 'POST', `/api/members/change-requests/${id}/approval`).status).toBe(200);
    expect(call(staff, 'POST', `/api/members/change-requests/${id}/approval`).status).toBe(409);
    const approved = call(member, 'GET', '/api/members/me').body as Any;
    expect(approved.profile.familyName).toBe('佐藤');
    expect(approved.verification.state).toBe('PENDING');

    expect(call(staff, 'POST', `/api/members/${member.subject}/status`, { status: 'FROZEN', reason: '確認中' }, `"${approved.version}"`).status).toBe(200);
    const refused = call(member, 'PUT', '/api/members/me/profile', profile, `"${approved.version + 1}"`);
    expect(refused.status).toBe(403);
    expect((refused.body as Any).reason).toBe('status.frozen');
    const left = call(member, 'POST', '/api/members/me/withdrawal', {});
    expect((left.body as Any).status).toBe('WITHDRAWN');
    expect(call(member, 'POST', '/api/members/me/withdrawal', {}).status).toBe(403);
  });
});
