import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * workflow-service's requests for the mock gateway (`vite --mode mock`): the request types with the
 * default KIT and WALK_IN statuses (`GET /api/requests/types[/{type}]`) and the member's own requests
 * (`GET|POST /api/requests/me`, `GET /api/requests/me/{id}`), refused with 403 for an account status
 * that forbids a kit request, like member-service's StatusPolicy. member@example.com starts with three
 * requests (one on hold); everyone else starts with none.
 */

type Json = Record<string, unknown>;
interface Localized {
  ja: string;
  en: string;
}
interface StatusDef {
  code: string;
  name: Localized;
  memberLabel: Localized;
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
interface TypeDef {
  type: string;
  name: Localized;
  statuses: StatusDef[];
  transitions: { from: string; to: string }[];
  version: number;
}
interface HistoryEntry {
  from: string | null;
  to: string;
  comment: string | null;
  actor: { id: string; name: string; type: 'MEMBER' | 'STAFF' | 'SYSTEM' };
  at: string;
}
interface StoredRequest {
  id: string;
  number: string;
  type: string;
  channel: 'WEB' | 'PHONE' | 'WALK_IN';
  memberId: string;
  status: string;
  statusSince: string;
  hold: { note: string; since: string; by: string } | null;
  kitCount: number | null;
  note: string | null;
  createdAt: string;
  history: HistoryEntry[];
  version: number;
}

function status(code: string, order: number, name: string, ja: string, en: string, background: string, text: string, flags: Partial<StatusDef> = {}): StatusDef {
  return {
    code, name: { ja: name, en: code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ') }, memberLabel: { ja, en }, order,
    color: { background, text }, initial: false, terminal: false, retired: false, mailOnEntry: false, mailTemplate: null,
    timeLimitHours: null, kitWithMember: false, itemsReceived: false, requiresVerifiedMember: false, ...flags,
  };
}

const RECEIVED_ON = ['ITEMS_RECEIVED', 'INSPECTED', 'LISTED', 'SOLD', 'PAID_OUT'];
const types: TypeDef[] = [
  {
    type: 'KIT',
    name: { ja: '宅配キット', en: 'Delivery kit' },
    statuses: [
      status('KIT_REQUESTED', 1, 'キット申込', 'お申し込みを受け付けました', 'Request received', '#e7f5ff', '#1864ab', { initial: true, timeLimitHours: 48 }),
      status('KIT_REQUEST_CONFIRMED', 2, 'キット申込確認', 'キットの発送準備中', 'Preparing your kit', '#d0ebff', '#1864ab', { mailOnEntry: true, mailTemplate: 'kit-confirmed', timeLimitHours: 72 }),
      status('KIT_SENT', 3, 'キット発送済', 'キットをお届けしました', 'Kit sent', '#fff3bf', '#5c3c00', { mailOnEntry: true, mailTemplate: 'kit-sent', timeLimitHours: 336, kitWithMember: true }),
      status('ITEMS_RECEIVED', 4, '商品受領', 'お品物を受け取りました', 'Items received', '#e5dbff', '#5f3dc4', { mailOnEntry: true, mailTemplate: 'items-received', itemsReceived: true }),
      status('INSPECTED', 5, '検品済', '査定が終わりました', 'Appraised', '#f3d9fa', '#862e9c'),
      status('LISTED', 6, '出品中', 'オークションに出品中', 'Listed at auction', '#d3f9d8', '#2b8a3e', { mailOnEntry: true, mailTemplate: 'listed', requiresVerifiedMember: true }),
      status('SOLD', 7, '落札', '落札されました', 'Sold', '#b2f2bb', '#1b5e20', { mailOnEntry: true, mailTemplate: 'sold' }),
      status('PAID_OUT', 8, '支払済', 'お振込みしました', 'Paid out', '#2f9e44', '#ffffff', { terminal: true, mailOnEntry: true, mailTemplate: 'paid-out', requiresVerifiedMember: true }),
      status('CANCELLED', 9, 'キャンセル', 'キャンセルされました', 'Cancelled', '#f1f3f5', '#495057', { terminal: true }),
      status('RETURNED', 10, '返送済', 'お品物をお返ししました', 'Items returned', '#ffe3e3', '#c92a2a', { terminal: true }),
    ],
    transitions: [
      ['KIT_REQUESTED', 'KIT_REQUEST_CONFIRMED'], ['KIT_REQUEST_CONFIRMED', 'KIT_SENT'], ['KIT_SENT', 'ITEMS_RECEIVED'], ['ITEMS_RECEIVED', 'INSPECTED'],
      ['INSPECTED', 'LISTED'], ['LISTED', 'SOLD'], ['SOLD', 'PAID_OUT'], ['KIT_REQUESTED', 'CANCELLED'], ['KIT_REQUEST_CONFIRMED', 'CANCELLED'],
      ['KIT_SENT', 'CANCELLED'], ['ITEMS_RECEIVED', 'RETURNED'], ['INSPECTED', 'RETURNED'], ['LISTED', 'RETURNED'],
    ].map(([from, to]) => ({ from, to })),
    version: 1,
  },
];
types.push({
  type: 'WALK_IN',
  name: { ja: '店頭持ち込み', en: 'Walk-in' },
  statuses: types[0].statuses.filter((s) => RECEIVED_ON.includes(s.code) || s.code === 'RETURNED').map((s) => ({ ...s, initial: s.code === 'ITEMS_RECEIVED' })),
  transitions: types[0].transitions.filter((t) => RECEIVED_ON.includes(t.from)),
  version: 1,
});

const requests: StoredRequest[] = [];
let lastNumber = 100;

function statusOf(request: StoredRequest): StatusDef | undefined {
  return types.find((type) => type.type === request.type)?.statuses.find((s) => s.code === request.status);
}

/** Where a request stands for the items mock: whether it is the member's, over, or its items are in the shop. */
export function requestPhase(requestId: string, memberId: string): { number: string; terminal: boolean; received: boolean } | null {
  const request = requests.find((r) => r.id === requestId && r.memberId === memberId);
  if (!request) return null;
  const def = statusOf(request);
  const defs = types.find((type) => type.type === request.type)?.statuses ?? [];
  const received = request.history.some((entry) => defs.find((s) => s.code === entry.to)?.itemsReceived);
  return { number: request.number, terminal: !!def?.terminal, received };
}

function memberView(request: StoredRequest): Json {
  const defs = types.find((type) => type.type === request.type)?.statuses ?? [];
  const def = (code: string) => defs.find((s) => s.code === code);
  return {
    id: request.id,
    number: request.number,
    type: request.type,
    status: { code: request.status, label: def(request.status)?.memberLabel ?? { ja: request.status, en: request.status }, color: def(request.status)?.color },
    statusSince: request.statusSince,
    hold: request.hold ? { note: request.hold.note, since: request.hold.since } : null,
    kitCount: request.kitCount,
    note: request.note,
    createdAt: request.createdAt,
    timeline: request.history.map((entry) => ({ status: entry.to, label: def(entry.to)?.memberLabel, color: def(entry.to)?.color, at: entry.at })),
  };
}

const daysAgo = (days: number, hour = 10) => {
  const at = new Date(Date.now() - days * 86_400_000);
  at.setHours(hour, 0, 0, 0);
  return at.toISOString();
};

function add(memberId: string, fields: Partial<StoredRequest> & { path: [string, string][] }): StoredRequest {
  lastNumber += 1;
  const { path, ...rest } = fields;
  const history: HistoryEntry[] = path.map(([to, at], index) => ({
    from: index === 0 ? null : path[index - 1][0],
    to,
    comment: null,
    actor: index === 0 ? { id: memberId, name: 'member', type: 'MEMBER' } : { id: 'staff', name: '佐藤 一郎', type: 'STAFF' },
    at,
  }));
  const request: StoredRequest = {
    id: randomUUID(), number: `R-${String(lastNumber).padStart(6, '0')}`, type: 'KIT', channel: 'WEB', memberId,
    status: path[path.length - 1][0], statusSince: path[path.length - 1][1], hold: null, kitCount: 1, note: null,
    createdAt: path[0][1], history, version: path.length, ...rest,
  };
  requests.push(request);
  return request;
}

/** member@example.com's requests: sold, listed, and a new one on hold. Their ids by number, for the items mock. */
export function seedMemberRequests(memberId: string): Record<string, string> {
  const sold = add(memberId, {
    kitCount: 1,
    path: [['KIT_REQUESTED', daysAgo(40)], ['KIT_REQUEST_CONFIRMED', daysAgo(39)], ['KIT_SENT', daysAgo(38)], ['ITEMS_RECEIVED', daysAgo(33)],
      ['INSPECTED', daysAgo(31)], ['LISTED', daysAgo(30)], ['SOLD', daysAgo(23, 21)]],
  });
  const listed = add(memberId, {
    kitCount: 2,
    note: '土日の午前中にお願いします',
    path: [['KIT_REQUESTED', daysAgo(15)], ['KIT_REQUEST_CONFIRMED', daysAgo(14)], ['KIT_SENT', daysAgo(13)], ['ITEMS_RECEIVED', daysAgo(9)],
      ['INSPECTED', daysAgo(7)], ['LISTED', daysAgo(4)]],
  });
  const waiting = add(memberId, {
    kitCount: 1,
    note: '5日以降に届けてください',
    path: [['KIT_REQUESTED', daysAgo(2)], ['KIT_REQUEST_CONFIRMED', daysAgo(1)]],
  });
  waiting.hold = { note: 'ご希望により、5日以降にキットをお届けします。', since: daysAgo(1, 11), by: 'staff' };
  return { [sold.number]: sold.id, [listed.number]: listed.id, [waiting.number]: waiting.id };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.statusCode = status;
  res.setHeader('Content-Type', status >= 400 ? 'application/problem+json' : 'application/json');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: Json = {}) {
  send(res, status, { type: 'about:blank', title, status, detail, correlationId: randomUUID(), ...extra });
}

/** Like member-service's StatusPolicy for REQUEST_KIT. */
const REFUSALS: Record<string, { reason: string; detail: string }> = {
  PENALIZED: { reason: 'status.penalized', detail: 'Your account is under a penalty: you cannot ask for a new delivery kit for now. Please contact the shop.' },
  FROZEN: { reason: 'status.frozen', detail: 'Your account is frozen: you cannot change anything for now. Please contact the shop.' },
  BLACKLISTED: { reason: 'status.blacklisted', detail: 'The shop no longer deals with this account. Please contact the shop if you have questions.' },
  WITHDRAWN: { reason: 'status.withdrawn', detail: 'You have left the shop: this account can no longer be used.' },
};

function validateKitRequest(body: Json): { field: string; code: string; message: string }[] {
  const errors = [];
  if (body.type !== 'KIT') errors.push({ field: 'type', code: 'type.memberKit', message: 'Members can only ask for a delivery kit (KIT).' });
  const kitCount = body.kitCount;
  if (typeof kitCount !== 'number' || !Number.isInteger(kitCount) || kitCount < 1 || kitCount > 5) {
    errors.push({ field: 'kitCount', code: 'kitCount.range', message: 'Choose 1 to 5 kits.' });
  }
  const note = body.note;
  if (note !== null && note !== undefined) {
    if (typeof note !== 'string') errors.push({ field: 'note', code: 'text.type', message: 'The note must be text.' });
    else if ([...note].length > 500) errors.push({ field: 'note', code: 'text.tooLong', message: 'Use at most 500 characters.' });
    else if (/[\p{Cc}\p{Cf}]/u.test(note.replace(/\r?\n/g, ''))) errors.push({ field: 'note', code: 'text.controlCharacters', message: 'Remove tabs and other invisible control characters.' });
  }
  return errors;
}

/**
 * Answers `/api/requests/types[/{type}]` and `/api/requests/me[/{id}]`; returns false for other paths
 * (staff endpoints are not imitated here). `accountStatus` is the member's status (member-service).
 */
export async function requestsApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  user: { subject: string; roles: string[] },
  accountStatus: string,
  jsonBody: () => Promise<unknown>,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const typesPath = /^\/api\/requests\/types(?:\/([^/]+))?$/.exec(path);
  if (typesPath && method === 'GET') {
    if (!typesPath[1]) return send(res, 200, types), true;
    const type = types.find((candidate) => candidate.type === typesPath[1]);
    if (!type) return problem(res, 404, 'Not Found', `There is no request type ${typesPath[1]}.`), true;
    return send(res, 200, type, { ETag: `"${type.version}"` }), true;
  }
  const own = /^\/api\/requests\/me(?:\/([^/]+))?$/.exec(path);
  if (!own) return false;
  if (!user.roles.includes('member')) return problem(res, 403, 'Forbidden', 'Access Denied'), true;
  const [, id] = own;
  if (!id && method === 'GET') {
    const mine = requests.filter((r) => r.memberId === user.subject).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return send(res, 200, mine.map(memberView)), true;
  }
  if (id && method === 'GET') {
    const request = requests.find((r) => r.id === id && r.memberId === user.subject);
    if (!request) return problem(res, 404, 'Not Found', 'There is no such request.'), true;
    return send(res, 200, memberView(request)), true;
  }
  if (!id && method === 'POST') {
    const refusal = REFUSALS[accountStatus];
    if (refusal) return problem(res, 403, 'Not allowed for this account', refusal.detail, { reason: refusal.reason, action: 'REQUEST_KIT' }), true;
    const body = ((await jsonBody()) ?? {}) as Json;
    const errors = validateKitRequest(body);
    if (errors.length) return problem(res, 400, 'Bad Request', 'Some fields are not valid.', { errors }), true;
    const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim() : null;
    const now = new Date().toISOString();
    const request = add(user.subject, { kitCount: body.kitCount as number, note, path: [['KIT_REQUESTED', now]] });
    return send(res, 201, memberView(request), { Location: `/api/requests/me/${request.id}` }), true;
  }
  return false;
}
