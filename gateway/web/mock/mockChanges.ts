/**
 * Change requests and account statuses for the mock gateway (`vite --mode mock`), imitating
 * member-service's `jp.azukari.member.changerequest` and `jp.azukari.member.accountstatus`:
 *  - a VERIFIED member's edits of name, kana, birth date, address and payout account become one
 *    pending request per kind (a later edit replaces it); phone and occupation apply at once;
 *  - `GET/DELETE /api/members/me/change-requests[/{id}]` for members;
 *  - `GET /api/members/change-requests?state=&memberId=`, `POST .../{id}/approval|rejection` and
 *    `POST /api/members/{id}/status` (If-Match) for staff; `POST /api/members/me/withdrawal`;
 *  - the status policy (403 problem with `reason` when the status forbids an edit).
 * Cookie `azukari-mock-verified=1` makes the signed-in member's record VERIFIED, so the change
 * request flow can be tried; `azukari-mock-status=FROZEN` (etc.) sets the member's status.
 */

type Json = Record<string, unknown>;

export interface MockMemberLike {
  id: string;
  email: string;
  status: string;
  statusReason?: string | null;
  verification?: { state: string; reason: string | null } | null;
  profile: Record<string, unknown> & { familyName: string | null; givenName: string | null; address: Record<string, string | null> };
  payoutAccount: Record<string, string> | null;
  version: number;
  updatedAt: string;
}

interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

interface MockChangeRequest {
  id: string;
  memberId: string;
  memberName: string | null;
  kind: 'PROFILE' | 'PAYOUT_ACCOUNT';
  state: 'PENDING' | 'WITHDRAWN' | 'APPROVED' | 'REJECTED';
  changes: FieldChange[];
  requested: Json;
  requestedAt: string;
  updatedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  rejectionReason: string | null;
}

const requests: MockChangeRequest[] = [];
const ACTIONS = ['EDIT_PROFILE', 'EDIT_PAYOUT_ACCOUNT', 'UPLOAD_DOCUMENTS', 'REQUEST_KIT', 'WITHDRAW'];
const VERIFIED_PROFILE_FIELDS = ['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'birthDate'];
const VERIFIED_ADDRESS_FIELDS = ['postalCode', 'prefecture', 'city', 'line1', 'line2'];
const REASONS: Record<string, string> = {
  PENALIZED: 'Your account is under a penalty: you cannot ask for a new delivery kit for now. Please contact the shop.',
  FROZEN: 'Your account is frozen: you cannot change anything for now. Please contact the shop.',
  BLACKLISTED: 'The shop no longer deals with this account. Please contact the shop if you have questions.',
  WITHDRAWN: 'You have left the shop: this account can no longer be used.',
};

export function refusal(status: string, action: string): { reason: string; detail: string } | null {
  const refused =
    (status === 'PENALIZED' && action === 'REQUEST_KIT') ||
    (status === 'FROZEN' && action !== 'WITHDRAW') ||
    status === 'BLACKLISTED' ||
    status === 'WITHDRAWN';
  return refused ? { reason: `status.${status.toLowerCase()}`, detail: REASONS[status] } : null;
}

export function allowedActions(status: string): string[] {
  return ACTIONS.filter((action) => !refusal(status, action));
}

export function pendingFor(memberId: string) {
  return requests
    .filter((request) => request.memberId === memberId && request.state === 'PENDING')
    .map(({ id, kind, changes, requestedAt }) => ({ id, kind, changes, requestedAt }));
}

const isVerified = (member: MockMemberLike) => member.verification?.state === 'VERIFIED';
const nameOf = (member: MockMemberLike) => [member.profile.familyName, member.profile.givenName].filter(Boolean).join(' ') || null;
const mask = (number: string | null | undefined) => (number ? `****${number.slice(-3)}` : null);

function openOrReplace(member: MockMemberLike, kind: MockChangeRequest['kind'], changes: FieldChange[], requested: Json) {
  if (changes.length === 0) return;
  const now = new Date().toISOString();
  const pending = requests.find((request) => request.memberId === member.id && request.kind === kind && request.state === 'PENDING');
  if (pending) Object.assign(pending, { changes, requested, updatedAt: now });
  else
    requests.push({
      id: globalThis.crypto.randomUUID(),
      memberId: member.id,
      memberName: nameOf(member),
      kind,
      state: 'PENDING',
      changes,
      requested,
      requestedAt: now,
      updatedAt: now,
      decidedAt: null,
      decidedBy: null,
      rejectionReason: null,
    });
}

/** The profile to apply now; a verified member's changes of verified fields become a request. */
export function divertProfile<P extends MockMemberLike['profile']>(member: MockMemberLike, edited: P): P {
  if (!isVerified(member)) return edited;
  const changes: FieldChange[] = [];
  const requested: Json = {};
  const applicable = { ...edited, address: { ...edited.address } } as P;
  for (const field of VERIFIED_PROFILE_FIELDS) {
    const before = member.profile[field] as string | null;
    const after = edited[field] as string | null;
    if (before !== after) changes.push({ field, before, after });
    requested[field] = after;
    (applicable as Json)[field] = before;
  }
  for (const field of VERIFIED_ADDRESS_FIELDS) {
    const before = member.profile.address[field];
    const after = edited.address[field];
    if (before !== after) changes.push({ field: `address.${field}`, before, after });
    requested[`address.${field}`] = after;
    applicable.address[field] = before;
  }
  openOrReplace(member, 'PROFILE', changes, requested);
  return applicable;
}

/** The payout account to apply now: a verified member's new account waits for staff. */
export function divertAccount(member: MockMemberLike, edited: Record<string, string>): Record<string, string> | null {
  if (!isVerified(member)) return edited;
  const was = member.payoutAccount ?? {};
  const changes: FieldChange[] = [];
  for (const field of ['bankName', 'branchName', 'accountType', 'holderKana']) {
    if (was[field] !== edited[field]) changes.push({ field, before: was[field] ?? null, after: edited[field] });
  }
  if (was.accountNumber !== edited.accountNumber) changes.push({ field: 'accountNumber', before: mask(was.accountNumber), after: mask(edited.accountNumber) });
  openOrReplace(member, 'PAYOUT_ACCOUNT', changes, edited);
  return member.payoutAccount;
}

export interface ChangesAnswer {
  status: number;
  body?: unknown;
  etag?: string;
  problem?: boolean;
}

const problem = (status: number, title: string, detail: string, extra: Json = {}): ChangesAnswer => ({
  status,
  problem: true,
  body: { title, detail, ...extra },
});

function staffView(request: MockChangeRequest) {
  const { requested: _requested, ...view } = request;
  void _requested;
  return view;
}

function touch(member: MockMemberLike) {
  member.version += 1;
  member.updatedAt = new Date().toISOString();
}

/**
 * The endpoints above; null for other paths. `members` finds stored members (creating the
 * signed-in member's record on demand); `view` renders a member as the service does.
 */
export function changesApi(
  method: string,
  url: URL,
  user: { subject: string; name: string; email: string; roles: string[] },
  ifMatch: string | undefined,
  body: unknown,
  members: { own: () => MockMemberLike; find: (id: string) => MockMemberLike | undefined; view: (member: MockMemberLike) => unknown },
): ChangesAnswer | null {
  const path = url.pathname;
  const input = (body && typeof body === 'object' ? body : {}) as Json;
  const isStaff = user.roles.includes('staff');
  const isMember = user.roles.includes('member');
  const forbidden = () => problem(403, 'Forbidden', 'Access Denied');

  if (path === '/api/members/me/change-requests' && method === 'GET') {
    if (!isMember) return forbidden();
    const own = requests.filter((request) => request.memberId === user.subject).reverse();
    return { status: 200, body: own.map((request) => ({ ...staffView(request), decidedBy: null })) };
  }
  const withdrawal = /^\/api\/members\/me\/change-requests\/([^/]+)$/.exec(path);
  if (withdrawal && method === 'DELETE') {
    if (!isMember) return forbidden();
    const request = requests.find((candidate) => candidate.id === withdrawal[1] && candidate.memberId === user.subject);
    if (!request) return problem(404, 'Not Found', 'There is no such change request.');
    if (request.state !== 'PENDING') return problem(409, 'Conflict', `This change request is already ${request.state.toLowerCase()}.`);
    Object.assign(request, { state: 'WITHDRAWN', decidedAt: new Date().toISOString() });
    return { status: 204 };
  }
  if (path === '/api/members/me/withdrawal' && method === 'POST') {
    if (!isMember) return forbidden();
    const member = members.own();
    const refused = refusal(member.status, 'WITHDRAW');
    if (refused) return problem(403, 'Not allowed for this account', refused.detail, { reason: refused.reason, action: 'WITHDRAW' });
    member.status = 'WITHDRAWN';
    member.statusReason = typeof input.reason === 'string' && input.reason.trim() ? input.reason.trim() : null;
    touch(member);
    return { status: 200, body: members.view(member), etag: `"${member.version}"` };
  }
  if (path === '/api/members/change-requests' && method === 'GET') {
    if (!isStaff) return forbidden();
    const state = url.searchParams.get('state');
    const memberId = url.searchParams.get('memberId');
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    let found = requests.filter((request) => (memberId ? request.memberId === memberId : true));
    if (state || !memberId) found = found.filter((request) => request.state === (state ?? 'PENDING'));
    if (memberId) found = [...found].reverse();
    const content = found.slice(page * size, page * size + size).map(staffView);
    return { status: 200, body: { content, page: { size, number: page, totalElements: found.length, totalPages: Math.ceil(found.length / size) } } };
  }
  const decision = /^\/api\/members\/change-requests\/([^/]+)\/(approval|rejection)$/.exec(path);
  if (decision && method === 'POST') {
    if (!isStaff) return forbidden();
    const request = requests.find((candidate) => candidate.id === decision[1]);
    if (!request) return problem(404, 'Not Found', 'There is no such change request.');
    if (request.state !== 'PENDING') return problem(409, 'Conflict', `This change request is already ${request.state.toLowerCase()}.`);
    const now = new Date().toISOString();
    if (decision[2] === 'rejection') {
      const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
      if (!reason) {
        return problem(400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'reason', code: 'NotBlank', message: 'must not be blank' }] });
      }
      Object.assign(request, { state: 'REJECTED', rejectionReason: reason, decidedAt: now, decidedBy: user.subject });
      return { status: 200, body: staffView(request) };
    }
    Object.assign(request, { state: 'APPROVED', decidedAt: now, decidedBy: user.subject });
    const member = members.find(request.memberId);
    if (member) {
      if (request.kind === 'PROFILE') {
        for (const [field, value] of Object.entries(request.requested)) {
          if (field.startsWith('address.')) member.profile.address[field.slice(8)] = value as string | null;
          else member.profile[field] = value;
        }
        if (request.changes.some((change) => change.field !== 'birthDate') && isVerified(member)) {
          member.verification = { state: 'PENDING', reason: 'Your name or address changed: please upload identity documents that show the new details.' };
        }
      } else {
        member.payoutAccount = request.requested as Record<string, string>;
      }
      touch(member);
    }
    request.requested = {};
    return { status: 200, body: staffView(request) };
  }
  const statusChange = /^\/api\/members\/([^/]+)\/status$/.exec(path);
  if (statusChange && method === 'POST' && statusChange[1] !== 'me') {
    if (!isStaff) return forbidden();
    const member = members.find(statusChange[1]);
    if (!member) return problem(404, 'Not Found', 'There is no such member.');
    const target = String(input.status ?? '');
    const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
    if (!reason) return problem(400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'reason', code: 'NotBlank', message: 'must not be blank' }] });
    if (!['FROZEN', 'PENALIZED', 'BLACKLISTED', 'ACTIVE'].includes(target)) {
      return problem(400, 'Bad Request', 'Staff can set FROZEN, PENALIZED, BLACKLISTED, or ACTIVE to reinstate a member.');
    }
    if (!ifMatch) return problem(428, 'Precondition Required', 'Send the version you last saw in an If-Match header, e.g. If-Match: "3".');
    if (Number(/\d+/.exec(ifMatch)?.[0]) !== member.version) {
      return problem(409, 'Concurrent change', 'Someone else changed this record in the meantime. Reload it and apply your change again.');
    }
    if (member.status === 'WITHDRAWN') return problem(409, 'Conflict', 'This member has left the shop; their status can no longer change.');
    if (member.status === target) return problem(409, 'Conflict', `This member's status is already ${target}.`);
    if (target === 'ACTIVE' && !['FROZEN', 'PENALIZED', 'BLACKLISTED'].includes(member.status)) {
      return problem(409, 'Conflict', 'This member is not restricted; there is nothing to reinstate.');
    }
    member.status = target === 'ACTIVE' ? (isVerified(member) ? 'ACTIVE' : 'PROVISIONAL') : target;
    member.statusReason = reason;
    touch(member);
    return { status: 200, body: members.view(member), etag: `"${member.version}"` };
  }
  return null;
}
