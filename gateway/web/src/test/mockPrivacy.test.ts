import { describe, expect, it } from 'vitest';
import { mockMemberStore } from '../../mock/mockMembers';
import { privacyApi } from '../../mock/mockPrivacy';

type User = { subject: string; name: string; email: string; roles: string[] };
const hanako: User = { subject: 'privacy-member-1', name: '山田 花子', email: 'hanako@example.jp', roles: ['member'] };
const staff: User = { subject: 'staff-1', name: '佐藤 一郎', email: 'staff@example.com', roles: ['staff'] };
const admin: User = { subject: 'admin-1', name: '鈴木 管理', email: 'admin@example.com', roles: ['staff', 'admin'] };

const call = (user: User, method: string, path: string, body?: unknown, ifMatch?: string) => privacyApi(method, path, user, ifMatch, body, mockMemberStore);

describe('mock gateway: privacy export and erasure', () => {
  it('exports the member’s own record and lets only admins erase it, once', () => {
    const own = mockMemberStore.own(hanako);
    own.profile.familyName = '山田';

    const exported = call(hanako, 'GET', '/api/members/me/privacy-export');
    expect(exported?.zip?.fileName).toBe(`azukari-member-${own.id}.zip`);
    expect(JSON.parse(exported!.zip!.files['member.json'])).toMatchObject({ profile: { familyName: '山田' }, exportedFor: 'MEMBER' });
    expect(call(hanako, 'GET', `/api/members/${own.id}/privacy-export`)?.status).toBe(403);
    expect(call(staff, 'GET', `/api/members/${own.id}/privacy-export`)?.zip).toBeDefined();

    expect(call(staff, 'POST', `/api/members/${own.id}/erasure`, { reason: 'x' }, `"${own.version}"`)?.status).toBe(403);
    expect(call(admin, 'POST', `/api/members/${own.id}/erasure`, { reason: 'x' }, `"${own.version - 1}"`)?.status).toBe(409);
    expect(call(admin, 'POST', `/api/members/${own.id}/erasure`, { reason: ' ' }, `"${own.version}"`)?.status).toBe(400);
    const erased = call(admin, 'POST', `/api/members/${own.id}/erasure`, { reason: '削除依頼' }, `"${own.version}"`);
    expect(erased?.status).toBe(200);
    expect(erased?.body).toMatchObject({ status: 'WITHDRAWN', email: `erased-${own.id}@invalid`, profile: { familyName: null }, payoutAccount: null });
    expect(erased?.body?.erasedAt).toBeTruthy();
    expect(call(admin, 'POST', `/api/members/${own.id}/erasure`, { reason: '削除依頼' }, `"${own.version}"`)?.body).toMatchObject({ code: 'privacy.alreadyErased' });
    expect(call(admin, 'GET', `/api/members/${own.id}`)).toBeNull();
  });
});
