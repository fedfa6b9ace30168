import type { IncomingMessage, ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';
import type { MockMemberLike } from './mockChanges.ts';

/**
 * The privacy export and erasure for the mock gateway (`vite --mode mock`), imitating member-service's
 * `jp.azukari.member.privacy`:
 *  - `GET /api/members/me/privacy-export` (members) and `GET /api/members/{id}/privacy-export`
 *    (staff) answer a ZIP with `README.txt` and `member.json` (the record as the view shows it);
 *  - `POST /api/members/{id}/erasure {reason}` (admins, If-Match) blanks the mock member's personal
 *    data, sets WITHDRAWN and `erasedAt`; 409 when stale or erased already.
 */

interface MockUserLike {
  subject: string;
  email: string;
  roles: string[];
}

interface Store {
  own(user: { subject: string; email: string }): MockMemberLike;
  find(id: string): MockMemberLike | undefined;
  view(member: MockMemberLike): unknown;
}

type Erasable = MockMemberLike & { erasedAt?: string | null };

/** A ZIP of stored (uncompressed) entries: enough for a few small files. */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.statusCode = status;
  res.setHeader('Content-Type', status >= 400 ? 'application/problem+json' : 'application/json');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: object = {}) {
  json(res, status, { title, status, detail, ...extra });
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Answers the privacy calls; false for anything else. */
export async function privacyApi(req: IncomingMessage, res: ServerResponse, path: string, user: MockUserLike, store: Store): Promise<boolean> {
  const method = req.method ?? 'GET';
  const exportOf = /^\/api\/members\/([^/]+)\/privacy-export$/.exec(path);
  if (exportOf && method === 'GET') {
    const own = exportOf[1] === 'me';
    if (own ? !user.roles.includes('member') : !user.roles.includes('staff')) {
      problem(res, 403, 'Forbidden', 'You may not do this.');
      return true;
    }
    const member = own ? store.own(user) : store.find(exportOf[1]);
    if (!member) {
      problem(res, 404, 'Not Found', 'There is no such member.');
      return true;
    }
    const zip = storedZip({
      'README.txt': 'Azukari 会員データ一式 (mock) / member data export (mock)\n',
      'member.json': JSON.stringify({ ...(store.view(member) as object), exportedFor: own ? 'MEMBER' : 'STAFF' }, null, 2),
      'documents.json': '[]',
      'change-requests.json': '[]',
      'registrations.json': '[]',
      'imports.json': '[]',
    });
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename=azukari-member-${member.id}.zip`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(zip);
    return true;
  }
  const erasure = /^\/api\/members\/([^/]+)\/erasure$/.exec(path);
  if (erasure && method === 'POST') {
    const input = await bodyOf(req);
    if (!user.roles.includes('admin')) {
      problem(res, 403, 'Forbidden', 'You may not do this.');
      return true;
    }
    const member = store.find(erasure[1]) as Erasable | undefined;
    if (!member) {
      problem(res, 404, 'Not Found', 'There is no such member.');
      return true;
    }
    const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
    if (!reason) {
      problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'reason', code: 'NotBlank', message: 'must not be blank' }] });
      return true;
    }
    const ifMatch = req.headers['if-match'];
    if (!ifMatch) {
      problem(res, 428, 'Precondition Required', 'Send the version you last saw in an If-Match header, e.g. If-Match: "3".');
      return true;
    }
    if (member.erasedAt) {
      problem(res, 409, 'Already erased', "This member's personal data has been erased already.", { code: 'privacy.alreadyErased' });
      return true;
    }
    if (Number(/\d+/.exec(String(ifMatch))?.[0]) !== member.version) {
      problem(res, 409, 'Concurrent change', 'Someone else changed this record in the meantime. Reload it and apply your change again.');
      return true;
    }
    const now = new Date().toISOString();
    member.email = `erased-${member.id}@invalid`;
    for (const key of Object.keys(member.profile)) if (key !== 'address') member.profile[key] = null;
    member.profile.address = { postalCode: null, prefecture: null, city: null, line1: null, line2: null };
    member.payoutAccount = null;
    member.status = 'WITHDRAWN';
    member.statusReason = null;
    member.erasedAt = now;
    member.version += 1;
    member.updatedAt = now;
    json(res, 200, { ...(store.view(member) as object), erasedAt: now }, { ETag: `"${member.version}"` });
    return true;
  }
  return false;
}
