import { addMember, memberViewOf, mockMemberStore, mockVerifications, profileOfApplication } from './mockMembers.ts';

/**
 * Requests and their configurable statuses for the mock gateway (`vite --mode mock`), imitating
 * workflow-service's staff API (`/api/requests/**`, see BRIEF4's agreed shape):
 *  - `GET /api/requests/types[/{type}]` (ETag) and `PUT /api/requests/types/{type}` (admin,
 *    If-Match; 400 field errors `statuses[i].field`, 409 `status-in-use` naming the `statuses`);
 *  - `GET /api/requests/board?type=&limit=`, `GET /api/requests?type=&status=&memberId=&attention=&onHold=&q=&page=&size=`,
 *    `GET /api/requests/alerts`, `GET /api/requests/{id}` (ETag);
 *  - `POST /api/requests` (staff start a request), `POST /api/requests/{id}/transitions` (If-Match;
 *    409 `illegal-transition` / `member-not-verified`), `POST /api/requests/transitions` (bulk),
 *    `PUT|DELETE /api/requests/{id}/hold`, `PUT /api/requests/{id}/member-mail`,
 *    `POST /api/requests/{id}/member-mail/retry`.
 * The sample requests belong to members seeded into the member mock (so their links open), with the
 * default statuses of KIT and WALK_IN, and some of them late, on hold, failed or unverified. A move
 * into a mailing status fails its mail for members whose address contains `bounce`.
 */

type Json = Record<string, unknown>;
interface Translated {
  ja: string;
  en: string;
}
interface StatusDef {
  code: string;
  name: Translated;
  memberLabel: Translated;
  order: number;
  color: { background: string; text: string };
  initial: boolean;
  terminal: boolean;
  retired: boolean;
  mailOnEntry: boolean;
  mailTemplate: string | null;
  timeLimitHours: number | null;
  kitWithMember: boolean;
  itemsReceived: boolean;
  requiresVerifiedMember: boolean;
}
interface TypeConfig {
  type: string;
  name: Translated;
  statuses: StatusDef[];
  transitions: { from: string; to: string }[];
  version: number;
}
interface Actor {
  id: string | null;
  name: string | null;
  /** In small letters, as workflow-service sends ActorType. */
  type: 'staff' | 'member' | 'system';
}
interface HistoryEntry {
  from: string | null;
  to: string;
  comment: string | null;
  actor: Actor;
  at: string;
}
interface MockRequest {
  id: string;
  number: string;
  type: string;
  channel: string;
  memberId: string;
  status: string;
  statusSince: string;
  hold: { note: string; since: string; by: string | null } | null;
  memberMail: boolean;
  mailFailure: { reason: string; at: string } | null;
  note: string | null;
  kitCount: number;
  createdAt: string;
  version: number;
  history: HistoryEntry[];
}

export interface WorkflowUser {
  subject: string;
  name: string;
  roles: string[];
}

export interface WorkflowAnswer {
  status: number;
  body?: unknown;
  etag?: string;
  /** `body` holds the fields of a problem detail (title, detail, code, errors). */
  problem?: boolean;
}

const HOUR = 3_600_000;
const CODE = /^[A-Z][A-Z0-9_]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const MAIL_TEMPLATE = 'request-status';

function status(code: string, order: number, name: Translated, memberLabel: Translated, background: string, text: string, more: Partial<StatusDef> = {}): StatusDef {
  return {
    code, name, memberLabel, order, color: { background, text }, initial: false, terminal: false, retired: false, mailOnEntry: true,
    mailTemplate: MAIL_TEMPLATE, timeLimitHours: null, kitWithMember: false, itemsReceived: false, requiresVerifiedMember: false, ...more,
  };
}

const ITEMS_RECEIVED = status('ITEMS_RECEIVED', 4, { ja: '品物到着', en: 'Items received' }, { ja: 'お品物が届きました', en: 'Your items arrived' }, '#d3f9d8', '#2b8a3e', { itemsReceived: true, timeLimitHours: 72 });
const INSPECTED = status('INSPECTED', 5, { ja: '査定済み', en: 'Inspected' }, { ja: '査定が終わりました', en: 'Inspected' }, '#c3fae8', '#087f5b', { mailOnEntry: false, mailTemplate: null, timeLimitHours: 168 });
const LISTED = status('LISTED', 6, { ja: '出品中', en: 'Listed' }, { ja: '出品中です', en: 'Listed for auction' }, '#e5dbff', '#5f3dc4', { requiresVerifiedMember: true });
const SOLD = status('SOLD', 7, { ja: '落札済み', en: 'Sold' }, { ja: '落札されました', en: 'Sold' }, '#ffe8cc', '#d9480f', { timeLimitHours: 168 });
const PAID_OUT = status('PAID_OUT', 8, { ja: '支払済み', en: 'Paid out' }, { ja: 'お支払いが完了しました', en: 'Paid out' }, '#2b8a3e', '#ffffff', { terminal: true, requiresVerifiedMember: true });
const RETURNED = status('RETURNED', 10, { ja: '返送済み', en: 'Returned' }, { ja: 'お品物を返送しました', en: 'Items sent back' }, '#ffe3e3', '#c92a2a', { terminal: true });

function defaultTypes(): Map<string, TypeConfig> {
  const kit: TypeConfig = {
    type: 'KIT',
    name: { ja: '宅配キット', en: 'Delivery kit' },
    version: 0,
    statuses: [
      status('KIT_REQUESTED', 1, { ja: 'キット依頼', en: 'Kit requested' }, { ja: 'キットのお申し込みを受け付けました', en: 'Kit request received' }, '#e7f5ff', '#1864ab', { initial: true, timeLimitHours: 48 }),
      status('KIT_REQUEST_CONFIRMED', 2, { ja: 'キット依頼確認済み', en: 'Kit request confirmed' }, { ja: 'キットの発送準備中です', en: 'Preparing your kit' }, '#d0ebff', '#1864ab', { timeLimitHours: 72 }),
      status('KIT_SENT', 3, { ja: 'キット発送済み', en: 'Kit sent' }, { ja: 'キットをお送りしました', en: 'Kit sent to you' }, '#fff3bf', '#7c5800', { kitWithMember: true, timeLimitHours: 336 }),
      { ...ITEMS_RECEIVED },
      { ...INSPECTED },
      { ...LISTED },
      { ...SOLD },
      { ...PAID_OUT },
      status('CANCELLED', 9, { ja: 'キャンセル', en: 'Cancelled' }, { ja: 'キャンセルされました', en: 'Cancelled' }, '#f1f3f5', '#495057', { terminal: true }),
      { ...RETURNED },
    ],
    transitions: [
      ['KIT_REQUESTED', 'KIT_REQUEST_CONFIRMED'], ['KIT_REQUEST_CONFIRMED', 'KIT_SENT'], ['KIT_SENT', 'ITEMS_RECEIVED'], ['ITEMS_RECEIVED', 'INSPECTED'],
      ['INSPECTED', 'LISTED'], ['LISTED', 'SOLD'], ['SOLD', 'PAID_OUT'],
      ['KIT_REQUESTED', 'CANCELLED'], ['KIT_REQUEST_CONFIRMED', 'CANCELLED'], ['KIT_SENT', 'CANCELLED'],
      ['ITEMS_RECEIVED', 'RETURNED'], ['INSPECTED', 'RETURNED'], ['LISTED', 'RETURNED'],
    ].map(([from, to]) => ({ from, to })),
  };
  const walkIn: TypeConfig = {
    type: 'WALK_IN',
    name: { ja: '来店', en: 'Walk-in' },
    version: 0,
    statuses: [{ ...ITEMS_RECEIVED, order: 1, initial: true, mailOnEntry: false, mailTemplate: null }, { ...INSPECTED, order: 2 }, { ...LISTED, order: 3 }, { ...SOLD, order: 4 }, { ...PAID_OUT, order: 5 }, { ...RETURNED, order: 6 }],
    transitions: [
      ['ITEMS_RECEIVED', 'INSPECTED'], ['INSPECTED', 'LISTED'], ['LISTED', 'SOLD'], ['SOLD', 'PAID_OUT'],
      ['ITEMS_RECEIVED', 'RETURNED'], ['INSPECTED', 'RETURNED'], ['LISTED', 'RETURNED'],
    ].map(([from, to]) => ({ from, to })),
  };
  return new Map([
    ['KIT', kit],
    ['WALK_IN', walkIn],
  ]);
}

const types = defaultTypes();
const requests = new Map<string, MockRequest>();
let nextNumber = 101;
const STAFF: Actor = { id: 'c2a9e3d4-5b6f-4a7e-8c9d-0e1f2a3b4c02', name: '佐藤 一郎', type: 'staff' };

// ---- members and their verification, from the member mock ----

function memberOf(id: string) {
  return memberViewOf(id);
}

function memberName(id: string): string | null {
  const member = memberOf(id);
  if (!member) return null;
  return [member.profile.familyName, member.profile.givenName].filter(Boolean).join(' ') || null;
}

function verificationOf(id: string): string {
  const member = memberOf(id);
  return member ? String((member.verification as { state?: string } | null)?.state ?? 'NOT_SUBMITTED') : 'UNKNOWN';
}

// ---- views ----

function config(type: string): TypeConfig | undefined {
  return types.get(type);
}

function statusIn(type: string, code: string): StatusDef | undefined {
  return config(type)?.statuses.find((candidate) => candidate.code === code);
}

function dueAt(request: MockRequest): string | null {
  const current = statusIn(request.type, request.status);
  if (!current?.timeLimitHours || current.terminal) return null;
  return new Date(new Date(request.statusSince).getTime() + current.timeLimitHours * HOUR).toISOString();
}

function attention(request: MockRequest): string[] {
  const current = statusIn(request.type, request.status);
  const due = dueAt(request);
  const result: string[] = [];
  if (due && new Date(due).getTime() < Date.now()) result.push(current?.kitWithMember ? 'KIT_NOT_RETURNED' : 'OVERDUE');
  const statuses = config(request.type)?.statuses ?? [];
  const received = statuses.find((candidate) => candidate.itemsReceived);
  if (current && received && !current.terminal && current.order >= received.order && verificationOf(request.memberId) !== 'VERIFIED') {
    result.push('UNVERIFIED_MEMBER_ITEMS');
  }
  if (request.mailFailure) result.push('MAIL_FAILED');
  return result;
}

function view(request: MockRequest) {
  const current = statusIn(request.type, request.status);
  const due = dueAt(request);
  const flags = attention(request);
  return {
    id: request.id,
    number: request.number,
    type: request.type,
    channel: request.channel,
    memberId: request.memberId,
    memberName: memberName(request.memberId),
    memberVerification: verificationOf(request.memberId),
    status: {
      code: request.status,
      name: current?.name ?? { ja: request.status, en: request.status },
      color: current?.color ?? { background: '#e9ecef', text: '#212529' },
      retired: current?.retired ?? false,
    },
    statusSince: request.statusSince,
    dueAt: due,
    overdue: flags.includes('OVERDUE') || flags.includes('KIT_NOT_RETURNED'),
    attention: flags,
    hold: request.hold,
    memberMail: request.memberMail,
    mailFailure: request.mailFailure,
    note: request.note,
    kitCount: request.kitCount,
    createdAt: request.createdAt,
    version: request.version,
  };
}

function blockedReason(request: MockRequest, to: StatusDef): string | null {
  if (to.requiresVerifiedMember && verificationOf(request.memberId) !== 'VERIFIED') return 'member-not-verified';
  return null;
}

function allowedTransitions(request: MockRequest) {
  const type = config(request.type);
  if (!type) return [];
  return type.transitions
    .filter((transition) => transition.from === request.status)
    .map((transition) => type.statuses.find((candidate) => candidate.code === transition.to))
    .filter((to): to is StatusDef => !!to && !to.retired)
    .sort((a, b) => a.order - b.order)
    .map((to) => ({ to: to.code, name: to.name, blockedReason: blockedReason(request, to) }));
}

function detail(request: MockRequest) {
  return { ...view(request), allowedTransitions: allowedTransitions(request), history: request.history };
}

// ---- answers ----

function problem(status: number, title: string, detail: string, extra: Json = {}): WorkflowAnswer {
  return { status, problem: true, body: { title, detail, ...extra } };
}

function refusal(status: number, code: string, detail: string, extra: Json = {}): WorkflowAnswer {
  return problem(status, code.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), detail, { type: `urn:azukari:problem:${code}`, code, ...extra });
}

const ok = (body: unknown, etag?: string): WorkflowAnswer => ({ status: 200, body, etag });

/** The version an edit was made on, or the answer refusing it (428 without, 409 when stale). */
function checkVersion(ifMatch: string | undefined, version: number): WorkflowAnswer | null {
  if (!ifMatch) return problem(428, 'Precondition Required', 'Send the version you last saw in an If-Match header, e.g. If-Match: "3".');
  const match = /^(?:W\/)?"?(\d{1,18})"?$/.exec(ifMatch.trim());
  if (!match) return problem(400, 'Bad Request', 'The If-Match header must hold the version you last saw, e.g. If-Match: "3".');
  if (Number(match[1]) !== version) return problem(409, 'Concurrent change', 'Someone else changed this record in the meantime. Reload it and apply your change again.');
  return null;
}

function page<T>(rows: T[], url: URL) {
  const size = Math.min(Math.max(Number(url.searchParams.get('size') ?? 20) || 20, 1), 200);
  const number = Math.max(Number(url.searchParams.get('page') ?? 0) || 0, 0);
  return { content: rows.slice(number * size, number * size + size), page: { size, number, totalElements: rows.length, totalPages: Math.ceil(rows.length / size) } };
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s/g, '');
}

/** Mails the member on entering a mailing status, unless switched off; `bounce` addresses fail. */
function mailOnEntry(request: MockRequest, to: StatusDef, at: string) {
  if (!to.mailOnEntry || !request.memberMail) return;
  const email = memberOf(request.memberId)?.email ?? '';
  request.mailFailure = email.includes('bounce') ? { reason: `550 5.1.1 <${email}>: Recipient address rejected: User unknown`, at } : null;
}

function move(request: MockRequest, toCode: string, comment: string | null, actor: Actor): WorkflowAnswer | null {
  const type = config(request.type)!;
  const to = type.statuses.find((candidate) => candidate.code === toCode);
  const allowed = type.transitions.some((transition) => transition.from === request.status && transition.to === toCode);
  if (!to || to.retired || !allowed) return refusal(409, 'illegal-transition', `${request.status} cannot move to ${toCode}.`);
  if (to.requiresVerifiedMember && verificationOf(request.memberId) !== 'VERIFIED') {
    return refusal(409, 'member-not-verified', `The member's identity is not verified yet; ${request.number} cannot move to ${toCode}.`);
  }
  const at = new Date().toISOString();
  request.history.push({ from: request.status, to: toCode, comment, actor, at });
  request.status = toCode;
  request.statusSince = at;
  request.version += 1;
  mailOnEntry(request, to, at);
  return null;
}

function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function actorOf(user: WorkflowUser): Actor {
  return { id: user.subject, name: user.name, type: 'staff' };
}

function usedCodes(type: string): Set<string> {
  const used = new Set<string>();
  for (const request of requests.values()) {
    if (request.type !== type) continue;
    used.add(request.status);
    for (const entry of request.history) {
      if (entry.from) used.add(entry.from);
      used.add(entry.to);
    }
  }
  return used;
}

function replaceConfig(current: TypeConfig, body: unknown): WorkflowAnswer {
  const input = (body && typeof body === 'object' ? body : {}) as Json;
  const rawStatuses = Array.isArray(input.statuses) ? (input.statuses as Json[]) : null;
  const rawTransitions = Array.isArray(input.transitions) ? (input.transitions as Json[]) : null;
  const errors: { field: string; code: string; message: string }[] = [];
  if (!rawStatuses || rawStatuses.length === 0) errors.push({ field: 'statuses', code: 'NotEmpty', message: 'must not be empty' });
  if (!rawTransitions) errors.push({ field: 'transitions', code: 'NotNull', message: 'must not be null' });
  const seen = new Set<string>();
  const statuses: StatusDef[] = (rawStatuses ?? []).map((raw, index) => {
    const at = (field: string, code: string, message: string) => errors.push({ field: `statuses[${index}].${field}`, code, message });
    const name = (raw.name ?? {}) as Translated;
    const label = (raw.memberLabel ?? {}) as Translated;
    const color = (raw.color ?? {}) as { background?: string; text?: string };
    const code = typeof raw.code === 'string' ? raw.code : '';
    if (!CODE.test(code)) at('code', 'Pattern', 'must match "^[A-Z][A-Z0-9_]*$"');
    else if (seen.has(code)) at('code', 'duplicate', `${code} is used twice`);
    seen.add(code);
    for (const language of ['ja', 'en'] as const) {
      if (!text(name[language], 60)) at(`name.${language}`, 'required', `Enter the status's name in ${language === 'ja' ? 'Japanese' : 'English'}.`);
      if (!text(label[language], 60)) at(`memberLabel.${language}`, 'required', `Enter what the member reads in ${language === 'ja' ? 'Japanese' : 'English'}.`);
    }
    if (!COLOR.test(color.background ?? '')) at('color.background', 'Pattern', 'must be a colour like #1a2b3c');
    if (!COLOR.test(color.text ?? '')) at('color.text', 'Pattern', 'must be a colour like #1a2b3c');
    const hours = raw.timeLimitHours;
    if (hours !== null && hours !== undefined && (!Number.isInteger(hours) || (hours as number) < 1)) at('timeLimitHours', 'Positive', 'must be greater than 0');
    return {
      code,
      name: { ja: text(name.ja, 100) ?? '', en: text(name.en, 100) ?? '' },
      memberLabel: { ja: text(label.ja, 100) ?? '', en: text(label.en, 100) ?? '' },
      order: index + 1,
      color: { background: color.background ?? '', text: color.text ?? '' },
      initial: raw.initial === true,
      terminal: raw.terminal === true,
      retired: raw.retired === true,
      mailOnEntry: raw.mailOnEntry === true,
      mailTemplate: text(raw.mailTemplate, 100),
      timeLimitHours: typeof hours === 'number' ? hours : null,
      kitWithMember: raw.kitWithMember === true,
      itemsReceived: raw.itemsReceived === true,
      requiresVerifiedMember: raw.requiresVerifiedMember === true,
    };
  });
  if (rawStatuses && statuses.filter((candidate) => candidate.initial).length !== 1) {
    errors.push({ field: 'statuses', code: 'initial', message: 'exactly one status must be initial' });
  }
  const transitions = (rawTransitions ?? []).map((raw, index) => {
    const from = String(raw.from ?? '');
    const to = String(raw.to ?? '');
    if (!seen.has(from)) errors.push({ field: `transitions[${index}].from`, code: 'unknown', message: `${from} is not a status of this type` });
    if (!seen.has(to)) errors.push({ field: `transitions[${index}].to`, code: 'unknown', message: `${to} is not a status of this type` });
    if (statuses.find((candidate) => candidate.code === from)?.terminal) errors.push({ field: `transitions[${index}].from`, code: 'terminal', message: `${from} is terminal: no transition leaves it.` });
    return { from, to };
  });
  if (errors.length > 0) return problem(400, 'Invalid input', 'Some fields are not valid.', { errors });
  const removed = [...usedCodes(current.type)].filter((code) => !seen.has(code));
  if (removed.length > 0) {
    return refusal(409, 'status-in-use', `${removed.join(', ')} ${removed.length > 1 ? 'are' : 'is'} used by requests and cannot be removed; retire ${removed.length > 1 ? 'them' : 'it'} instead.`, { statuses: removed });
  }
  current.statuses = statuses;
  current.transitions = transitions;
  current.version += 1;
  return ok(current, `"${current.version}"`);
}

/** `/api/requests/**` for a signed-in user; null for other paths. */
export function workflowApi(method: string, url: URL, user: WorkflowUser, ifMatch: string | undefined, body: unknown): WorkflowAnswer | null {
  const path = url.pathname;
  if (path !== '/api/requests' && !path.startsWith('/api/requests/')) return null;
  const staff = user.roles.includes('staff');

  if (path === '/api/requests/types' && method === 'GET') return ok([...types.values()]);
  const typePath = /^\/api\/requests\/types\/([^/]+)$/.exec(path);
  if (typePath) {
    const type = config(decodeURIComponent(typePath[1]));
    if (!type) return problem(404, 'Not Found', 'No such request type.');
    if (method === 'GET') return ok(type, `"${type.version}"`);
    if (method !== 'PUT') return problem(405, 'Method Not Allowed', `${method} is not supported.`);
    if (!user.roles.includes('admin')) return problem(403, 'Forbidden', 'Only admins may change the status configuration.');
    return checkVersion(ifMatch, type.version) ?? replaceConfig(type, body);
  }
  if (path.startsWith('/api/requests/me')) return null; // the member's own requests: not imitated here
  if (!staff) return problem(403, 'Forbidden', 'Access Denied');

  if (path === '/api/requests/board' && method === 'GET') {
    const type = config(url.searchParams.get('type') ?? '');
    if (!type) return problem(400, 'Bad Request', 'Unknown request type.');
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 50) || 50, 1), 200);
    const ofType = [...requests.values()].filter((request) => request.type === type.type);
    const columns = [...type.statuses]
      .sort((a, b) => a.order - b.order)
      .map((def) => {
        const inIt = ofType.filter((request) => request.status === def.code).sort((a, b) => a.statusSince.localeCompare(b.statusSince));
        return { status: def, total: inIt.length, requests: inIt.slice(0, limit).map(view) };
      })
      .filter((column) => !column.status.retired || column.total > 0);
    return ok({ type: type.type, columns });
  }
  if (path === '/api/requests/alerts' && method === 'GET') {
    const flagged = [...requests.values()].map(view).filter((request) => request.attention.length > 0);
    const counts = Object.fromEntries(['OVERDUE', 'KIT_NOT_RETURNED', 'UNVERIFIED_MEMBER_ITEMS', 'MAIL_FAILED'].map((kind) => [kind, flagged.filter((request) => request.attention.includes(kind)).length]));
    return ok({ counts, requests: flagged.sort((a, b) => a.statusSince.localeCompare(b.statusSince)).slice(0, 100) });
  }
  if (path === '/api/requests' && method === 'GET') {
    const q = normalize(url.searchParams.get('q') ?? '');
    const wanted = (key: string) => url.searchParams.get(key);
    const rows = [...requests.values()]
      .map(view)
      .filter((request) => !wanted('type') || request.type === wanted('type'))
      .filter((request) => !wanted('status') || request.status.code === wanted('status'))
      .filter((request) => !wanted('memberId') || request.memberId === wanted('memberId'))
      .filter((request) => !wanted('attention') || request.attention.includes(wanted('attention')!))
      .filter((request) => !wanted('onHold') || String(!!request.hold) === wanted('onHold'))
      .filter((request) => !q || normalize(request.number).includes(q) || normalize(request.memberName ?? '').includes(q))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return ok(page(rows, url));
  }
  if (path === '/api/requests' && method === 'POST') {
    const input = (body && typeof body === 'object' ? body : {}) as Json;
    const errors: { field: string; code: string; message: string }[] = [];
    const type = config(String(input.type ?? ''));
    if (!type) errors.push({ field: 'type', code: 'NotNull', message: 'must be KIT or WALK_IN' });
    if (input.channel !== 'PHONE' && input.channel !== 'WALK_IN') errors.push({ field: 'channel', code: 'NotNull', message: 'must be PHONE or WALK_IN' });
    const member = typeof input.memberId === 'string' ? memberOf(input.memberId) : null;
    if (!member) errors.push({ field: 'memberId', code: 'unknown', message: 'no such member' });
    const kits = input.kitCount;
    if (type?.type === 'KIT' && (!Number.isInteger(kits) || (kits as number) < 1 || (kits as number) > 5)) errors.push({ field: 'kitCount', code: 'Range', message: 'must be between 1 and 5' });
    if (errors.length > 0) return problem(400, 'Invalid input', 'Some fields are not valid.', { errors });
    if (['BLACKLISTED', 'FROZEN', 'WITHDRAWN'].includes(String(member!.status))) {
      return refusal(409, 'member-not-allowed', `The member's account is ${String(member!.status).toLowerCase()}: no new requests.`, { reason: `status.${String(member!.status).toLowerCase()}` });
    }
    const initial = type!.statuses.find((candidate) => candidate.initial)!;
    const at = new Date().toISOString();
    const request: MockRequest = {
      id: crypto.randomUUID(), number: `R-${String(nextNumber++).padStart(6, '0')}`, type: type!.type, channel: String(input.channel), memberId: member!.id,
      status: initial.code, statusSince: at, hold: null, memberMail: true, mailFailure: null, note: text(input.note, 1000),
      kitCount: type!.type === 'KIT' ? (kits as number) : 0, createdAt: at, version: 0,
      history: [{ from: null, to: initial.code, comment: text(input.note, 1000), actor: actorOf(user), at }],
    };
    mailOnEntry(request, initial, at);
    requests.set(request.id, request);
    return { status: 201, body: view(request), etag: '"0"' };
  }
  if (path === '/api/requests/transitions' && method === 'POST') {
    const input = (body && typeof body === 'object' ? body : {}) as Json;
    const ids = Array.isArray(input.requestIds) ? input.requestIds.map(String) : [];
    if (ids.length === 0 || typeof input.to !== 'string') {
      return problem(400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'requestIds', code: 'NotEmpty', message: 'must not be empty' }] });
    }
    const comment = text(input.comment, 1000);
    const results = ids.map((id) => {
      const request = requests.get(id);
      if (!request) return { requestId: id, number: '', moved: false, problem: { code: 'not-found', detail: 'No such request.' } };
      const refused = move(request, input.to as string, comment, actorOf(user));
      const about = refused?.body as { code?: string; detail?: string } | undefined;
      return { requestId: id, number: request.number, moved: !refused, problem: refused ? { code: about?.code ?? 'refused', detail: about?.detail ?? '' } : null };
    });
    return ok({ results });
  }

  const one = /^\/api\/requests\/([^/]+)(\/transitions|\/hold|\/member-mail|\/member-mail\/retry)?$/.exec(path);
  const request = one ? requests.get(decodeURIComponent(one[1])) : undefined;
  if (!one) return problem(404, 'Not Found', `No mock for ${method} ${path}.`);
  if (!request) return problem(404, 'Not Found', 'No such request.');
  const input = (body && typeof body === 'object' ? body : {}) as Json;
  const answer = () => ok(detail(request), `"${request.version}"`);
  switch (`${method} ${one[2] ?? ''}`) {
    case 'GET ':
      return answer();
    case 'POST /transitions': {
      if (typeof input.to !== 'string') return problem(400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'to', code: 'NotBlank', message: 'must not be blank' }] });
      return checkVersion(ifMatch, request.version) ?? move(request, input.to, text(input.comment, 1000), actorOf(user)) ?? answer();
    }
    case 'PUT /hold': {
      const note = text(input.note, 500);
      if (!note) return problem(400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'note', code: 'NotBlank', message: 'must not be blank' }] });
      const stale = checkVersion(ifMatch, request.version);
      if (stale) return stale;
      request.hold = { note, since: new Date().toISOString(), by: user.name };
      request.version += 1;
      return answer();
    }
    case 'DELETE /hold': {
      const stale = ifMatch ? checkVersion(ifMatch, request.version) : null;
      if (stale) return stale;
      if (!request.hold) return refusal(409, 'not-on-hold', `${request.number} is not on hold.`);
      request.hold = null;
      request.version += 1;
      return answer();
    }
    case 'PUT /member-mail': {
      if (typeof input.enabled !== 'boolean') return problem(400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'enabled', code: 'NotNull', message: 'must not be null' }] });
      const stale = checkVersion(ifMatch, request.version);
      if (stale) return stale;
      request.memberMail = input.enabled;
      request.version += 1;
      return answer();
    }
    case 'POST /member-mail/retry': {
      if (!request.mailFailure) return refusal(409, 'no-mail-failure', `${request.number} has no failed mail to send again.`);
      request.mailFailure = null;
      request.version += 1;
      return { status: 202 };
    }
    default:
      return problem(405, 'Method Not Allowed', `${method} is not supported here.`);
  }
}

// ---- sample data ----

interface SampleMember {
  email: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  phone: string;
  verified: boolean;
}

const SAMPLE_MEMBERS: SampleMember[] = [
  { email: 'sato.misaki@example.jp', familyName: '佐藤', givenName: '美咲', familyNameKana: 'サトウ', givenNameKana: 'ミサキ', phone: '09023456789', verified: true },
  { email: 'takahashi.ken@example.com', familyName: '高橋', givenName: '健', familyNameKana: 'タカハシ', givenNameKana: 'ケン', phone: '08034567890', verified: true },
  { email: 'ito.yumi@example.jp', familyName: '伊藤', givenName: '由美', familyNameKana: 'イトウ', givenNameKana: 'ユミ', phone: '07045678901', verified: false },
  { email: 'watanabe.shota@example.com', familyName: '渡辺', givenName: '翔太', familyNameKana: 'ワタナベ', givenNameKana: 'ショウタ', phone: '09056789012', verified: true },
  { email: 'nakamura.bounce@example.jp', familyName: '中村', givenName: '陽子', familyNameKana: 'ナカムラ', givenNameKana: 'ヨウコ', phone: '08067890123', verified: true },
  { email: 'kobayashi.dai@example.com', familyName: '小林', givenName: '大輔', familyNameKana: 'コバヤシ', givenNameKana: 'ダイスケ', phone: '09078901234', verified: false },
  { email: 'kato.aya@example.jp', familyName: '加藤', givenName: '彩', familyNameKana: 'カトウ', givenNameKana: 'アヤ', phone: '07089012345', verified: true },
  { email: 'yoshida.makoto@example.com', familyName: '吉田', givenName: '誠', familyNameKana: 'ヨシダ', givenNameKana: 'マコト', phone: '09090123456', verified: true },
  { email: 'yamamoto.rin@example.jp', familyName: '山本', givenName: '凛', familyNameKana: 'ヤマモト', givenNameKana: 'リン', phone: '08001234567', verified: false },
  { email: 'matsumoto.jun@example.com', familyName: '松本', givenName: '潤', familyNameKana: 'マツモト', givenNameKana: 'ジュン', phone: '09011223344', verified: true },
];

/** [member index, type, status, hours in the status, channel, extras] */
type Sample = [number, string, string, number, string, { hold?: string; mailFailure?: boolean; note?: string; comment?: string; memberMail?: boolean; kits?: number }?];

const SAMPLES: Sample[] = [
  [0, 'KIT', 'KIT_REQUESTED', 3, 'WEB', { note: 'ブランドバッグ3点ほど送ります。', kits: 1 }],
  [3, 'KIT', 'KIT_REQUESTED', 60, 'WEB', { kits: 2 }],
  [6, 'KIT', 'KIT_REQUESTED', 20, 'PHONE', { hold: '5日以降にお届け希望（ご不在のため）', note: 'お電話で受付。着物と帯。', kits: 1 }],
  [1, 'KIT', 'KIT_REQUEST_CONFIRMED', 10, 'WEB', { kits: 1 }],
  [4, 'KIT', 'KIT_REQUEST_CONFIRMED', 30, 'WEB', { mailFailure: true, kits: 3 }],
  [7, 'KIT', 'KIT_SENT', 48, 'WEB', { comment: 'ヤマト運輸 伝票番号 4567-8901-2345', kits: 1 }],
  [9, 'KIT', 'KIT_SENT', 240, 'WEB', { comment: 'ゆうパック 伝票番号 1234-5678-9012', kits: 2 }],
  [2, 'KIT', 'KIT_SENT', 20 * 24, 'WEB', { comment: 'ヤマト運輸 伝票番号 9876-5432-1098', kits: 1 }],
  [5, 'KIT', 'KIT_SENT', 16 * 24, 'PHONE', { kits: 1, hold: 'ご入院中のため返送は来月以降とのこと' }],
  [0, 'KIT', 'ITEMS_RECEIVED', 5, 'WEB', { comment: '3点到着。外箱に軽い凹み。', kits: 1 }],
  [8, 'KIT', 'ITEMS_RECEIVED', 30, 'WEB', { comment: '腕時計1点、箱・保証書あり', kits: 1 }],
  [3, 'KIT', 'ITEMS_RECEIVED', 5 * 24, 'WEB', { kits: 1 }],
  [1, 'KIT', 'INSPECTED', 50, 'WEB', { comment: '全5点査定済み。1点は返送候補。', kits: 2 }],
  [5, 'KIT', 'INSPECTED', 24, 'WEB', { kits: 1 }],
  [6, 'KIT', 'INSPECTED', 9 * 24, 'WEB', { memberMail: false, note: '自動メール不要（ご本人希望、電話連絡のみ）', kits: 1 }],
  [7, 'KIT', 'LISTED', 72, 'WEB', { comment: 'ヤフオク!に出品（終了 7日後）', kits: 1 }],
  [9, 'KIT', 'LISTED', 26, 'WEB', { kits: 1 }],
  [0, 'KIT', 'LISTED', 120, 'PHONE', { kits: 1 }],
  [3, 'KIT', 'SOLD', 30, 'WEB', { kits: 1 }],
  [4, 'KIT', 'SOLD', 12, 'WEB', { mailFailure: true, kits: 1 }],
  [1, 'KIT', 'PAID_OUT', 400, 'WEB', { comment: '振込完了（みずほ銀行）', kits: 1 }],
  [7, 'KIT', 'PAID_OUT', 800, 'WEB', { kits: 1 }],
  [2, 'KIT', 'CANCELLED', 300, 'WEB', { comment: 'ご本人よりキャンセルのご連絡', kits: 1 }],
  [9, 'KIT', 'RETURNED', 200, 'WEB', { comment: '出品不可のため返送（着払い）', kits: 1 }],
  [5, 'WALK_IN', 'ITEMS_RECEIVED', 4, 'WALK_IN', { note: '店頭でお預かり: 骨董の茶碗2点' }],
  [6, 'WALK_IN', 'ITEMS_RECEIVED', 100, 'WALK_IN', { note: 'ゴルフクラブ一式' }],
  [8, 'WALK_IN', 'INSPECTED', 20, 'WALK_IN', {}],
  [9, 'WALK_IN', 'LISTED', 48, 'WALK_IN', { note: 'カメラ・レンズ4点' }],
  [0, 'WALK_IN', 'PAID_OUT', 500, 'WALK_IN', {}],
];

/** The statuses a request passed through to reach `code`: the shortest way from the initial status. */
function pathTo(type: TypeConfig, code: string): string[] {
  const initial = type.statuses.find((candidate) => candidate.initial)!.code;
  const routes = new Map<string, string[]>([[initial, [initial]]]);
  const queue = [initial];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const transition of type.transitions.filter((candidate) => candidate.from === from && !routes.has(candidate.to))) {
      routes.set(transition.to, [...routes.get(from)!, transition.to]);
      queue.push(transition.to);
    }
  }
  return routes.get(code) ?? [code];
}

/** Fills the mock with members and their requests, once. */
export function seedWorkflow() {
  if (requests.size > 0) return;
  const now = Date.now();
  const memberIds = SAMPLE_MEMBERS.map((sample, index) => {
    const id = crypto.randomUUID();
    const { profile } = profileOfApplication({ ...sample, address: { postalCode: '150-0001', prefecture: '東京都', city: '渋谷区', line1: `神宮前${index + 1}-2-3` }, occupation: '会社員', birthDate: `198${index % 10}-0${(index % 9) + 1}-15` });
    addMember(id, sample.email, profile, true, new Date(now - (400 - index * 10) * 24 * HOUR).toISOString());
    const stored = mockMemberStore.find(id);
    if (stored) stored.status = 'ACTIVE';
    mockVerifications.set(id, {
      state: sample.verified ? 'VERIFIED' : index % 2 ? 'PENDING' : 'NOT_SUBMITTED',
      reason: null,
      decidedAt: sample.verified ? new Date(now - 300 * 24 * HOUR).toISOString() : null,
      decidedBy: sample.verified ? STAFF.name : null,
      submittedAt: sample.verified || index % 2 ? new Date(now - 310 * 24 * HOUR).toISOString() : null,
    });
    return id;
  });
  for (const [memberIndex, typeName, code, hours, channel, extra = {}] of SAMPLES) {
    const type = types.get(typeName)!;
    const route = pathTo(type, code);
    const statusSince = now - hours * HOUR;
    // Earlier statuses a day or two apart before the current one.
    const times = route.map((_, index) => statusSince - (route.length - 1 - index) * (30 + ((memberIndex * 7 + index * 5) % 20)) * HOUR);
    const memberId = memberIds[memberIndex];
    const name = [SAMPLE_MEMBERS[memberIndex].familyName, SAMPLE_MEMBERS[memberIndex].givenName].join(' ');
    const starter: Actor = channel === 'WEB' ? { id: memberId, name, type: 'member' } : STAFF;
    const history: HistoryEntry[] = route.map((to, index) => ({
      from: index === 0 ? null : route[index - 1],
      to,
      comment: index === route.length - 1 && index > 0 ? (extra.comment ?? null) : index === 0 ? (extra.note ?? null) : null,
      actor: index === 0 ? starter : STAFF,
      at: new Date(times[index]).toISOString(),
    }));
    const request: MockRequest = {
      id: crypto.randomUUID(),
      number: `R-${String(nextNumber++).padStart(6, '0')}`,
      type: typeName,
      channel,
      memberId,
      status: code,
      statusSince: new Date(statusSince).toISOString(),
      hold: extra.hold ? { note: extra.hold, since: new Date(statusSince + HOUR).toISOString(), by: STAFF.name } : null,
      memberMail: extra.memberMail ?? true,
      mailFailure: extra.mailFailure ? { reason: `550 5.1.1 <${SAMPLE_MEMBERS[memberIndex].email}>: Recipient address rejected: User unknown`, at: new Date(statusSince + 60_000).toISOString() } : null,
      note: extra.note ?? null,
      kitCount: typeName === 'KIT' ? (extra.kits ?? 1) : 0,
      createdAt: new Date(times[0]).toISOString(),
      version: route.length - 1 + (extra.hold ? 1 : 0),
      history,
    };
    requests.set(request.id, request);
  }
}
