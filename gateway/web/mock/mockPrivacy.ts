import type { MockMemberLike } from './mockChanges.ts';

/**
 * The privacy export and erasure for the mock gateway (`vite --mode mock`), imitating member-service's
 * `jp.azukari.member.privacy` (the ZIP itself is written by mock/mockZip.ts):
 *  - `GET /api/members/me/privacy-export` (members) and `GET /api/members/{id}/privacy-export`
 *    (staff) answer a ZIP with `README.txt`, `member.json` (the record as the view shows it) and
 *    empty lists for the rest;
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

/** JSON (or a problem) to send, or the files of a ZIP with its download name. */
export interface PrivacyAnswer {
  status: number;
  body?: Record<string, unknown>;
  etag?: string;
  problem?: boolean;
  zip?: { fileName: string; files: Record<string, string> };
}

type Erasable = MockMemberLike & { erasedAt?: string | null };

function problem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}): PrivacyAnswer {
  return { status, problem: true, body: { title, detail, ...extra } };
}

/** Answers the privacy calls; null for anything else. */
export function privacyApi(method: string, path: string, user: MockUserLike, ifMatch: string | undefined, input: unknown, store: Store): PrivacyAnswer | null {
  const exportOf = /^\/api\/members\/([^/]+)\/privacy-export$/.exec(path);
  if (exportOf && method === 'GET') {
    const own = exportOf[1] === 'me';
    if (own ? !user.roles.includes('member') : !user.roles.includes('staff')) return problem(403, 'Forbidden', 'You may not do this.');
    const member = own ? store.own(user) : store.find(exportOf[1]);
    if (!member) return problem(404, 'Not Found', 'There is no such member.');
    return {
      status: 200,
      zip: {
        fileName: `azukari-member-${member.id}.zip`,
        files: {
          'README.txt': 'Azukari 会員データ一式 (mock) / member data export (mock)\n',
          'member.json': JSON.stringify({ ...(store.view(member) as object), exportedFor: own ? 'MEMBER' : 'STAFF' }, null, 2),
          'documents.json': '[]',
          'change-requests.json': '[]',
          'registrations.json': '[]',
          'imports.json': '[]',
        },
      },
    };
  }
  const erasure = /^\/api\/members\/([^/]+)\/erasure$/.exec(path);
  if (erasure && method === 'POST') {
    if (!user.roles.includes('admin')) return problem(403, 'Forbidden', 'You may not do this.');
    const member = store.find(erasure[1]) as Erasable | undefined;
    if (!member) return problem(404, 'Not Found', 'There is no such member.');
    const given = (input ?? {}) as { reason?: unknown };
    const reason = typeof given.reason === 'string' ? given.reason.trim() : '';
    if (!reason) return problem(400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'reason', code: 'NotBlank', message: 'must not be blank' }] });
    if (!ifMatch) return problem(428, 'Precondition Required', 'Send the version you last saw in an If-Match header, e.g. If-Match: "3".');
    if (member.erasedAt) return problem(409, 'Already erased', "This member's personal data has been erased already.", { code: 'privacy.alreadyErased' });
    if (Number(/\d+/.exec(ifMatch)?.[0]) !== member.version) {
      return problem(409, 'Concurrent change', 'Someone else changed this record in the meantime. Reload it and apply your change again.');
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
    return { status: 200, body: { ...(store.view(member) as object), erasedAt: now }, etag: `"${member.version}"` };
  }
  return null;
}
