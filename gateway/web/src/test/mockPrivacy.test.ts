import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mockMemberStore } from '../../mock/mockMembers';
import { privacyApi, storedZip } from '../../mock/mockPrivacy';

type User = { subject: string; name: string; email: string; roles: string[] };
const hanako: User = { subject: 'privacy-member-1', name: '山田 花子', email: 'hanako@example.jp', roles: ['member'] };
const staff: User = { subject: 'staff-1', name: '佐藤 一郎', email: 'staff@example.com', roles: ['staff'] };
const admin: User = { subject: 'admin-1', name: '鈴木 管理', email: 'admin@example.com', roles: ['staff', 'admin'] };

async function call(user: User, method: string, path: string, body?: unknown, ifMatch?: string) {
  const req = Readable.from(body === undefined ? [] : [Buffer.from(JSON.stringify(body))]) as unknown as IncomingMessage;
  Object.assign(req, { method, headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const headers: Record<string, string> = {};
  const answer = { status: 0, headers, body: Buffer.alloc(0) };
  const res = {
    set statusCode(status: number) {
      answer.status = status;
    },
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    end: (data?: string | Buffer) => (answer.body = Buffer.from(data ?? '')),
  } as unknown as ServerResponse;
  const handled = await privacyApi(req, res, path, user, mockMemberStore);
  return { handled, ...answer, json: () => JSON.parse(answer.body.toString('utf8')) };
}

/** The names and texts of a ZIP's entries (stored or deflated), read from its local headers. */
function entries(zip: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 30, at + 30 + nameLength);
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 30 + nameLength + extra + size;
  }
  return files;
}

describe('mock gateway: privacy export and erasure', () => {
  it('writes a ZIP whose entries read back', () => {
    expect(entries(storedZip({ 'a.txt': 'あ', 'b.json': '[]' }))).toEqual({ 'a.txt': 'あ', 'b.json': '[]' });
  });

  it('exports the member’s own record and erases it for admins only', async () => {
    const own = mockMemberStore.own(hanako);
    own.profile.familyName = '山田';

    const exported = await call(hanako, 'GET', '/api/members/me/privacy-export');
    expect(exported.headers['content-type']).toBe('application/zip');
    expect(JSON.parse(entries(exported.body)['member.json']).profile.familyName).toBe('山田');
    expect((await call(hanako, 'GET', `/api/members/${own.id}/privacy-export`)).status).toBe(403);

    expect((await call(staff, 'POST', `/api/members/${own.id}/erasure`, { reason: 'x' }, `"${own.version}"`)).status).toBe(403);
    expect((await call(admin, 'POST', `/api/members/${own.id}/erasure`, { reason: 'x' }, `"${own.version - 1}"`)).status).toBe(409);
    const erased = await call(admin, 'POST', `/api/members/${own.id}/erasure`, { reason: '削除依頼' }, `"${own.version}"`);
    expect(erased.status).toBe(200);
    expect(erased.json()).toMatchObject({ status: 'WITHDRAWN', email: `erased-${own.id}@invalid`, profile: { familyName: null } });
    expect(erased.json().erasedAt).toBeTruthy();
    const again = await call(admin, 'POST', `/api/members/${own.id}/erasure`, { reason: '削除依頼' }, `"${own.version}"`);
    expect(again.status).toBe(409);
    expect((await call(admin, 'GET', '/api/members/other')).handled).toBe(false);
  });
});
