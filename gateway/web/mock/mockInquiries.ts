/**
 * inquiry-service for the mock gateway (`vite --mode mock`), after BRIEF5's agreed API:
 *  - staff: `GET /api/inquiries` (state, assignee me|none|id, label, channel, memberId, q, unanswered,
 *    page, size), `/counts`, `/alerts`, `/staff`, `/labels`, `GET|POST|DELETE /filters`, `GET /{id}`
 *    (ETag; records a view unless `?peek=true`), `POST|DELETE /{id}/lock`, `POST /{id}/lock/takeover`
 *    (admin), `POST /{id}/replies` (If-Match; 409 `reply-locked` / `already-answered`), `/notes`,
 *    `POST /memos`, `PUT /{id}/state|assignee|labels|member` (If-Match), `POST /{id}/merge`,
 *    `POST /bulk`, `GET /{id}/attachments/{attachmentId}`;
 *  - members: `GET|POST /api/inquiries/me`, `GET /me/{id}` (marks replies read), `POST /me/{id}/messages`, `GET /me/unread`;
 *  - guests: `GET /api/inquiries/guest/challenge`, `POST /api/inquiries/guest` (202; 400 field errors,
 *    400 `challenge-failed`, 429 after 5 sends in 10 minutes).
 * Staff member 田中 美咲 (another person) holds the reply lock of Q-000103 for the first two minutes
 * after start, so "A is replying" can be seen; an admin can take it over.
 */

type Json = Record<string, unknown>;
export interface InquiryUser {
  subject: string;
  name: string;
  email: string;
  roles: string[];
}
export interface InquiryAnswer {
  status: number;
  body?: unknown;
  etag?: string;
  problem?: boolean;
}
interface Person {
  id: string;
  name: string;
}
interface Message {
  id: string;
  kind: 'CUSTOMER' | 'REPLY' | 'MEMO' | 'NOTE';
  channel: string | null;
  author: { id: string | null; name: string | null; type: string };
  text: string;
  html: string | null;
  attachments: { id: string; fileName: string; contentType: string; size: number }[];
  at: string;
  inReplyTo: string | null;
  mailStatus: 'QUEUED' | 'SENT' | 'FAILED' | null;
  readByCustomer?: boolean;
}
interface Inquiry {
  id: string;
  number: string;
  subject: string;
  channel: string;
  state: 'NEW' | 'IN_PROGRESS' | 'PENDING_CUSTOMER' | 'DONE';
  customer: { memberId: string | null; name: string; email: string | null; phone: string | null };
  assignee: Person | null;
  labels: string[];
  lock: { holderId: string; holderName: string; since: string; expiresAt: string } | null;
  views: (Person & { at: string })[];
  mergedInto: string | null;
  surveySuppressed: boolean;
  createdAt: string;
  version: number;
  messages: Message[];
  requestId: string | null;
}

const MINUTE = 60_000;
const LOCK_MS = 2 * MINUTE;
const UNANSWERED_AFTER_MS = 4 * 60 * MINUTE;
const TANAKA: Person = { id: 'f0e1d2c3-0000-4000-8000-00000000tnk1', name: '田中 美咲' };
const STAFF: Person[] = [
  { id: 'c2a9e3d4-5b6f-4a7e-8c9d-0e1f2a3b4c02', name: '佐藤 一郎' },
  { id: 'e5f6a7b8-9c0d-4e1f-a2b3-c4d5e6f7a803', name: '鈴木 管理' },
  TANAKA,
];
const MEMBER_SUBJECT = '7d3c1f6e-0b7a-4f0e-9a55-2f5c7e0b1a01';

const inquiries = new Map<string, Inquiry>();
const filters = new Map<string, { owner: string; id: string; name: string; query: Json }>();
const challenges = new Map<string, number>();
const guestSends: number[] = [];
let lastNumber = 100;

const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();

function message(kind: Message['kind'], text: string, at: string, extra: Partial<Message> = {}): Message {
  const customer = kind === 'CUSTOMER';
  return {
    id: crypto.randomUUID(),
    kind,
    channel: null,
    author: customer ? { id: null, name: null, type: 'customer' } : { id: STAFF[0].id, name: STAFF[0].name, type: 'staff' },
    text,
    html: null,
    attachments: [],
    at,
    inReplyTo: null,
    mailStatus: null,
    ...extra,
  };
}

function add(input: Partial<Inquiry> & Pick<Inquiry, 'subject' | 'channel' | 'customer' | 'messages'>): Inquiry {
  lastNumber += 1;
  const inquiry: Inquiry = {
    id: crypto.randomUUID(),
    number: `Q-${String(lastNumber).padStart(6, '0')}`,
    state: 'NEW',
    assignee: null,
    labels: [],
    lock: null,
    views: [],
    mergedInto: null,
    surveySuppressed: false,
    createdAt: input.messages[0]?.at ?? new Date().toISOString(),
    version: 0,
    requestId: null,
    ...input,
  };
  for (const entry of inquiry.messages) if (entry.kind === 'CUSTOMER' && !entry.author.name) entry.author = { id: inquiry.customer.memberId, name: inquiry.customer.name, type: 'customer' };
  inquiries.set(inquiry.id, inquiry);
  return inquiry;
}

export function seedInquiries() {
  if (inquiries.size > 0) return;
  add({
    subject: '査定額について',
    channel: 'MEMBER_FORM',
    customer: { memberId: MEMBER_SUBJECT, name: '山田 花子', email: 'member@example.com', phone: '090-1234-5678' },
    messages: [message('CUSTOMER', '先日お送りしたバッグの査定額を教えてください。', ago(30))],
  });
  const mail = add({
    subject: 'キットが届きません',
    channel: 'MAIL',
    customer: { memberId: null, name: '伊藤 健', email: 'ken.ito@example.net', phone: null },
    labels: ['至急'],
    messages: [
      message('CUSTOMER', '1週間前に申し込んだキットがまだ届きません。', ago(60 * 6), {
        html: '<p>1週間前に申し込んだキットが<b>まだ届きません</b>。</p><p>確認をお願いします。</p>',
        channel: 'MAIL',
        attachments: [{ id: 'att-1', fileName: '申込画面.png', contentType: 'image/png', size: 48_213 }],
      }),
    ],
  });
  mail.state = 'IN_PROGRESS';
  mail.views = [{ ...STAFF[0], at: ago(60 * 5) }, { ...TANAKA, at: ago(60 * 4) }];
  mail.assignee = STAFF[0];
  const locked = add({
    subject: '振込先の変更',
    channel: 'GUEST_FORM',
    customer: { memberId: null, name: '小林 さくら', email: 'sakura@example.org', phone: '080-2222-3333' },
    messages: [message('CUSTOMER', '振込先の口座を変更したいです。手続きを教えてください。', ago(45))],
  });
  locked.lock = { holderId: TANAKA.id, holderName: TANAKA.name, since: ago(0), expiresAt: new Date(Date.now() + LOCK_MS).toISOString() };
  locked.views = [{ ...TANAKA, at: ago(1) }];
  const waiting = add({
    subject: '出品時期について',
    channel: 'PHONE',
    customer: { memberId: null, name: '中村 大輔', email: null, phone: '03-5555-0101' },
    messages: [message('MEMO', 'お電話: 出品時期の確認。来週中に連絡すると伝えた。', ago(60 * 30), { channel: 'PHONE' })],
  });
  waiting.state = 'PENDING_CUSTOMER';
  const done = add({
    subject: '営業時間',
    channel: 'MAIL',
    customer: { memberId: null, name: '加藤 愛', email: 'ai@example.jp', phone: null },
    messages: [message('CUSTOMER', '土曜日は営業していますか？', ago(60 * 50), { channel: 'MAIL' })],
  });
  done.messages.push(message('REPLY', '土曜日も10時から18時まで営業しております。', ago(60 * 49), { inReplyTo: done.messages[0].id, mailStatus: 'SENT' }));
  done.state = 'DONE';
  const member = add({
    subject: '本人確認書類について',
    channel: 'MEMBER_FORM',
    customer: { memberId: MEMBER_SUBJECT, name: '山田 花子', email: 'member@example.com', phone: null },
    messages: [message('CUSTOMER', '本人確認書類は運転免許証でもよいですか？', ago(60 * 26))],
  });
  member.messages.push(message('REPLY', 'はい、運転免許証で大丈夫です。', ago(60 * 25), { inReplyTo: member.messages[0].id, mailStatus: 'SENT', readByCustomer: false }));
  member.state = 'PENDING_CUSTOMER';
}

function problem(status: number, title: string, detail: string, extra: Json = {}): InquiryAnswer {
  return { status, problem: true, body: { title, detail, ...extra } };
}
function refusal(status: number, code: string, detail: string, extra: Json = {}): InquiryAnswer {
  return problem(status, code, detail, { type: `urn:azukari:problem:${code}`, code, ...extra });
}
const ok = (body: unknown, etag?: string, status = 200): InquiryAnswer => ({ status, body, etag });
const noContent: InquiryAnswer = { status: 204 };

function checkVersion(ifMatch: string | undefined, inquiry: Inquiry): InquiryAnswer | null {
  if (!ifMatch) return problem(428, 'Precondition Required', 'Send the version you last saw in an If-Match header.');
  const match = /^(?:W\/)?"?(\d{1,18})"?$/.exec(ifMatch.trim());
  if (!match || Number(match[1]) !== inquiry.version) return problem(409, 'Concurrent change', 'Someone else changed this inquiry in the meantime.');
  return null;
}

function liveLock(inquiry: Inquiry) {
  if (inquiry.lock && new Date(inquiry.lock.expiresAt).getTime() <= Date.now()) inquiry.lock = null;
  return inquiry.lock;
}

function lastCustomerAt(inquiry: Inquiry): string | null {
  return [...inquiry.messages].reverse().find((entry) => entry.kind === 'CUSTOMER')?.at ?? null;
}

function unanswered(inquiry: Inquiry): boolean {
  const talk = inquiry.messages.filter((entry) => entry.kind === 'CUSTOMER' || entry.kind === 'REPLY');
  return talk.length > 0 && talk[talk.length - 1].kind === 'CUSTOMER';
}

function view(inquiry: Inquiry) {
  const latest = new Map<string, Person & { at: string }>();
  for (const entry of inquiry.views) latest.set(entry.id, entry);
  const { messages, views, requestId, ...rest } = inquiry;
  void views;
  void requestId;
  return {
    ...rest,
    lock: liveLock(inquiry),
    lastMessageAt: messages[messages.length - 1]?.at ?? inquiry.createdAt,
    lastCustomerMessageAt: lastCustomerAt(inquiry),
    unanswered: inquiry.state !== 'DONE' && unanswered(inquiry),
    readBy: [...latest.values()],
  };
}

function detail(inquiry: Inquiry) {
  return { ...view(inquiry), messages: inquiry.messages.map(({ readByCustomer, ...entry }) => (void readByCustomer, entry)), views: inquiry.views };
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s/g, '');
}

function list(url: URL, user: InquiryUser) {
  const wanted = (key: string) => url.searchParams.get(key);
  const q = normalize(wanted('q') ?? '');
  const assignee = wanted('assignee');
  return [...inquiries.values()]
    .filter((inquiry) => !inquiry.mergedInto)
    .filter((inquiry) => !wanted('state') || inquiry.state === wanted('state'))
    .filter((inquiry) => !assignee || (assignee === 'me' ? inquiry.assignee?.id === user.subject && inquiry.state !== 'DONE' : assignee === 'none' ? !inquiry.assignee && inquiry.state !== 'DONE' : inquiry.assignee?.id === assignee))
    .filter((inquiry) => !wanted('label') || inquiry.labels.includes(wanted('label')!))
    .filter((inquiry) => !wanted('channel') || inquiry.channel === wanted('channel'))
    .filter((inquiry) => !wanted('memberId') || inquiry.customer.memberId === wanted('memberId'))
    .filter((inquiry) => wanted('unanswered') !== 'true' || (inquiry.state !== 'DONE' && unanswered(inquiry)))
    .filter(
      (inquiry) =>
        !q ||
        [inquiry.number, inquiry.subject, inquiry.customer.name, inquiry.customer.email ?? '', inquiry.customer.phone ?? '', ...inquiry.labels, ...inquiry.messages.map((entry) => entry.text)].some((text) =>
          normalize(text).includes(q),
        ),
    )
    .map(view)
    .sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt));
}

function page<T>(rows: T[], url: URL) {
  const size = Math.min(Math.max(Number(url.searchParams.get('size') ?? 20) || 20, 1), 200);
  const number = Math.max(Number(url.searchParams.get('page') ?? 0) || 0, 0);
  return { content: rows.slice(number * size, number * size + size), page: { size, number, totalElements: rows.length, totalPages: Math.ceil(rows.length / size) } };
}

function me(user: InquiryUser): Person {
  return { id: user.subject, name: user.name };
}

function changed(inquiry: Inquiry): InquiryAnswer {
  inquiry.version += 1;
  return ok(detail(inquiry), `"${inquiry.version}"`);
}

function close(inquiry: Inquiry, suppress?: unknown) {
  inquiry.state = 'DONE';
  if (typeof suppress === 'boolean') inquiry.surveySuppressed = suppress;
  inquiry.lock = null;
}

function textOf(input: Json, key: string, max: number): string | null {
  const value = input[key];
  return typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : null;
}

function memberApi(method: string, path: string, user: InquiryUser, input: Json): InquiryAnswer | null {
  const own = [...inquiries.values()].filter((inquiry) => inquiry.customer.memberId === user.subject && !inquiry.mergedInto);
  const summary = (inquiry: Inquiry) => ({
    id: inquiry.id,
    number: inquiry.number,
    subject: inquiry.subject,
    state: inquiry.state,
    lastMessageAt: view(inquiry).lastMessageAt,
    unread: inquiry.messages.some((entry) => entry.kind === 'REPLY' && entry.readByCustomer === false),
  });
  if (path === '/api/inquiries/me' && method === 'GET') return ok(own.map(summary));
  if (path === '/api/inquiries/me/unread' && method === 'GET') return ok({ count: own.filter((inquiry) => summary(inquiry).unread).length });
  if (path === '/api/inquiries/me' && method === 'POST') {
    const subject = textOf(input, 'subject', 200);
    const text = textOf(input, 'text', 5000);
    const errors = [
      ...(subject ? [] : [{ field: 'subject', code: 'NotBlank', message: 'must not be blank and at most 200 characters' }]),
      ...(text ? [] : [{ field: 'text', code: 'NotBlank', message: 'must not be blank and at most 5000 characters' }]),
    ];
    if (errors.length) return problem(400, 'Bad Request', 'Invalid request content.', { errors });
    const inquiry = add({
      subject: subject!,
      channel: 'MEMBER_FORM',
      customer: { memberId: user.subject, name: user.name, email: user.email, phone: null },
      messages: [message('CUSTOMER', text!, new Date().toISOString())],
      requestId: typeof input.requestId === 'string' ? input.requestId : null,
    });
    return ok(summary(inquiry), undefined, 201);
  }
  const match = /^\/api\/inquiries\/me\/([^/]+)(\/messages)?$/.exec(path);
  if (!match) return null;
  const inquiry = own.find((candidate) => candidate.id === decodeURIComponent(match[1]));
  if (!inquiry) return problem(404, 'Not Found', 'No such inquiry.');
  if (!match[2] && method === 'GET') {
    const answer = ok({
      ...summary(inquiry),
      messages: inquiry.messages.filter((entry) => entry.kind === 'CUSTOMER' || entry.kind === 'REPLY').map(({ id, kind, text, at }) => ({ id, kind, text, at })),
    });
    for (const entry of inquiry.messages) if (entry.kind === 'REPLY') entry.readByCustomer = true;
    return answer;
  }
  if (match[2] && method === 'POST') {
    const text = textOf(input, 'text', 5000);
    if (!text) return problem(400, 'Bad Request', 'Invalid request content.', { errors: [{ field: 'text', code: 'NotBlank', message: 'must not be blank' }] });
    inquiry.messages.push(message('CUSTOMER', text, new Date().toISOString(), { author: { id: user.subject, name: user.name, type: 'member' } }));
    if (inquiry.state === 'PENDING_CUSTOMER' || inquiry.state === 'DONE') inquiry.state = 'IN_PROGRESS';
    inquiry.version += 1;
    return ok(summary(inquiry), undefined, 201);
  }
  return problem(405, 'Method Not Allowed', `${method} is not supported.`);
}

function guestApi(method: string, path: string, input: Json): InquiryAnswer | null {
  if (path === '/api/inquiries/guest/challenge' && method === 'GET') {
    const a = 2 + Math.floor(Math.random() * 8);
    const b = 1 + Math.floor(Math.random() * 9);
    const id = crypto.randomUUID();
    challenges.set(id, a + b);
    return ok({ id, question: `${a} + ${b} = ?` });
  }
  if (path !== '/api/inquiries/guest' || method !== 'POST') return null;
  const now = Date.now();
  while (guestSends.length && guestSends[0] < now - 10 * MINUTE) guestSends.shift();
  if (guestSends.length >= 5) return refusal(429, 'too-many-requests', 'Too many inquiries from this address; try again in 10 minutes.');
  guestSends.push(now);
  const errors: { field: string; code: string; message: string }[] = [];
  const line = (key: string, max: number) => {
    const value = input[key];
    if (typeof value !== 'string' || !value.trim()) errors.push({ field: key, code: 'NotBlank', message: 'must not be blank' });
    else if (value.length > max) errors.push({ field: key, code: 'Size', message: `size must be at most ${max}` });
    else if (/[\r\n]/.test(value)) errors.push({ field: key, code: 'Pattern', message: 'must be one line' });
  };
  line('name', 100);
  line('subject', 200);
  if (typeof input.email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) errors.push({ field: 'email', code: 'Email', message: 'must be a well-formed email address' });
  if (typeof input.text !== 'string' || !input.text.trim()) errors.push({ field: 'text', code: 'NotBlank', message: 'must not be blank' });
  else if (input.text.length > 5000) errors.push({ field: 'text', code: 'Size', message: 'size must be at most 5000' });
  if (errors.length) return problem(400, 'Bad Request', 'Invalid request content.', { errors });
  const expected = challenges.get(String(input.challengeId));
  challenges.delete(String(input.challengeId));
  if (expected === undefined || String(expected) !== String(input.answer).trim()) return refusal(400, 'challenge-failed', 'The answer to the question was wrong or the question expired.');
  add({
    subject: String(input.subject),
    channel: 'GUEST_FORM',
    customer: { memberId: null, name: String(input.name), email: String(input.email), phone: typeof input.phone === 'string' && input.phone ? input.phone : null },
    messages: [message('CUSTOMER', String(input.text), new Date().toISOString(), { channel: 'GUEST_FORM' })],
  });
  return { status: 202 };
}

/** Answers `/api/inquiries/**` (null for other paths); `user` is null for a visitor who is not logged in. */
export function inquiriesApi(method: string, url: URL, user: InquiryUser | null, ifMatch: string | undefined, body: unknown): InquiryAnswer | null {
  const path = url.pathname;
  if (path !== '/api/inquiries' && !path.startsWith('/api/inquiries/')) return null;
  const input = (body && typeof body === 'object' ? body : {}) as Json;
  if (path.startsWith('/api/inquiries/guest')) return guestApi(method, path, input);
  if (!user) return problem(401, 'Unauthorized', 'Log in to continue.');
  if (path === '/api/inquiries/me' || path.startsWith('/api/inquiries/me/')) {
    if (!user.roles.includes('member')) return problem(403, 'Forbidden', 'Access Denied');
    return memberApi(method, path, user, input);
  }
  if (!user.roles.includes('staff')) return problem(403, 'Forbidden', 'Access Denied');
  const all = [...inquiries.values()];

  if (path === '/api/inquiries' && method === 'GET') return ok(page(list(url, user), url));
  if (path === '/api/inquiries/counts' && method === 'GET') {
    const open = all.filter((inquiry) => !inquiry.mergedInto);
    const count = (test: (inquiry: Inquiry) => boolean) => open.filter(test).length;
    return ok({
      NEW: count((i) => i.state === 'NEW'),
      IN_PROGRESS: count((i) => i.state === 'IN_PROGRESS'),
      PENDING_CUSTOMER: count((i) => i.state === 'PENDING_CUSTOMER'),
      DONE: count((i) => i.state === 'DONE'),
      mine: count((i) => i.assignee?.id === user.subject && i.state !== 'DONE'),
      unassigned: count((i) => !i.assignee && i.state !== 'DONE'),
    });
  }
  if (path === '/api/inquiries/alerts' && method === 'GET') {
    const late = all.filter(
      (inquiry) => !inquiry.mergedInto && inquiry.state !== 'DONE' && inquiry.views.length > 0 && unanswered(inquiry) && Date.now() - new Date(lastCustomerAt(inquiry)!).getTime() > UNANSWERED_AFTER_MS,
    );
    return ok({ openedUnanswered: late.map(view) });
  }
  if (path === '/api/inquiries/staff' && method === 'GET') return ok(STAFF);
  if (path === '/api/inquiries/labels' && method === 'GET') {
    const counts = new Map<string, number>();
    for (const inquiry of all) for (const label of inquiry.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    for (const label of ['至急', '査定', '発送', '振込']) if (!counts.has(label)) counts.set(label, 0);
    return ok([...counts.entries()].map(([label, count]) => ({ label, count })));
  }
  if (path === '/api/inquiries/filters') {
    if (method === 'GET') return ok([...filters.values()].filter((filter) => filter.owner === user.subject).map(({ owner, ...filter }) => (void owner, filter)));
    if (method === 'POST') {
      const name = textOf(input, 'name', 100);
      if (!name) return problem(400, 'Bad Request', 'Invalid request content.', { errors: [{ field: 'name', code: 'NotBlank', message: 'must not be blank' }] });
      const filter = { owner: user.subject, id: crypto.randomUUID(), name, query: (input.query ?? {}) as Json };
      filters.set(filter.id, filter);
      return ok({ id: filter.id, name, query: filter.query }, undefined, 201);
    }
  }
  const filterPath = /^\/api\/inquiries\/filters\/([^/]+)$/.exec(path);
  if (filterPath && method === 'DELETE') {
    const filter = filters.get(decodeURIComponent(filterPath[1]));
    if (!filter || filter.owner !== user.subject) return problem(404, 'Not Found', 'No such filter.');
    filters.delete(filter.id);
    return noContent;
  }
  if (path === '/api/inquiries/memos' && method === 'POST') {
    const text = textOf(input, 'text', 5000);
    const at = new Date().toISOString();
    const memo = message('MEMO', text ?? '', at, { channel: 'PHONE', author: { id: user.subject, name: user.name, type: 'staff' } });
    if (typeof input.inquiryId === 'string' && input.inquiryId) {
      const target = inquiries.get(input.inquiryId);
      if (!target) return problem(404, 'Not Found', 'No such inquiry.');
      if (!text) return problem(400, 'Bad Request', 'Invalid request content.', { errors: [{ field: 'text', code: 'NotBlank', message: 'must not be blank' }] });
      target.messages.push(memo);
      target.version += 1;
      return ok(view(target), undefined, 201);
    }
    const subject = textOf(input, 'subject', 200);
    const errors = [
      ...(subject ? [] : [{ field: 'subject', code: 'NotBlank', message: 'must not be blank' }]),
      ...(text ? [] : [{ field: 'text', code: 'NotBlank', message: 'must not be blank' }]),
      ...(input.memberId || input.phone || input.name ? [] : [{ field: 'memberId', code: 'customer', message: 'name a member, a phone number or a name' }]),
    ];
    if (errors.length) return problem(400, 'Bad Request', 'Invalid request content.', { errors });
    const memberId = typeof input.memberId === 'string' ? input.memberId : null;
    const created = add({
      subject: subject!,
      channel: 'PHONE',
      customer: { memberId, name: typeof input.name === 'string' && input.name ? input.name : memberId ? '会員' : '', email: null, phone: typeof input.phone === 'string' && input.phone ? input.phone : null },
      messages: [memo],
      assignee: me(user),
      state: 'IN_PROGRESS',
    });
    return ok(view(created), undefined, 201);
  }
  if (path === '/api/inquiries/bulk' && method === 'POST') {
    const ids = Array.isArray(input.inquiryIds) ? (input.inquiryIds as string[]) : [];
    const results = ids.map((id) => {
      const inquiry = inquiries.get(id);
      if (!inquiry) return { inquiryId: id, number: '', done: false, problem: { code: 'not-found', detail: 'No such inquiry.' } };
      const label = typeof input.label === 'string' ? input.label.trim() : '';
      switch (input.action) {
        case 'ASSIGN':
          inquiry.assignee = STAFF.find((person) => person.id === input.assigneeId) ?? (input.assigneeId === user.subject ? me(user) : null);
          break;
        case 'LABEL':
          if (!label) return { inquiryId: id, number: inquiry.number, done: false, problem: { code: 'label-missing', detail: 'Name the label.' } };
          if (!inquiry.labels.includes(label)) inquiry.labels.push(label);
          break;
        case 'UNLABEL':
          inquiry.labels = inquiry.labels.filter((candidate) => candidate !== label);
          break;
        case 'CLOSE':
          if (liveLock(inquiry) && inquiry.lock!.holderId !== user.subject) return { inquiryId: id, number: inquiry.number, done: false, problem: { code: 'reply-locked', detail: `${inquiry.lock!.holderName} is replying.` } };
          close(inquiry);
          break;
        default:
          return { inquiryId: id, number: inquiry.number, done: false, problem: { code: 'unknown-action', detail: 'Unknown action.' } };
      }
      inquiry.version += 1;
      return { inquiryId: id, number: inquiry.number, done: true, problem: null };
    });
    return ok({ results });
  }

  const match = /^\/api\/inquiries\/([^/]+)(?:\/(.+))?$/.exec(path);
  if (!match) return problem(404, 'Not Found', `No mock for ${method} ${path}.`);
  const inquiry = inquiries.get(decodeURIComponent(match[1]));
  if (!inquiry) return problem(404, 'Not Found', 'No such inquiry.');
  const rest = match[2] ?? '';
  const holder = liveLock(inquiry);
  const lockedByOther = holder && holder.holderId !== user.subject;
  const lockAnswer = () => refusal(409, 'reply-locked', `${holder!.holderName} is replying.`, { holderName: holder!.holderName, lock: holder });

  if (rest === '' && method === 'GET') {
    if (url.searchParams.get('peek') !== 'true') inquiry.views.push({ ...me(user), at: new Date().toISOString() });
    return ok(detail(inquiry), `"${inquiry.version}"`);
  }
  if (rest === 'lock') {
    if (method === 'POST') {
      if (lockedByOther) return lockAnswer();
      const now = Date.now();
      inquiry.lock = { holderId: user.subject, holderName: user.name, since: holder?.since ?? new Date(now).toISOString(), expiresAt: new Date(now + LOCK_MS).toISOString() };
      return ok(inquiry.lock);
    }
    if (method === 'DELETE') {
      if (holder && !lockedByOther) inquiry.lock = null;
      return noContent;
    }
  }
  if (rest === 'lock/takeover' && method === 'POST') {
    if (!user.roles.includes('admin')) return problem(403, 'Forbidden', 'Only admins may take over a reply.');
    const now = Date.now();
    inquiry.lock = { holderId: user.subject, holderName: user.name, since: new Date(now).toISOString(), expiresAt: new Date(now + LOCK_MS).toISOString() };
    return ok(inquiry.lock);
  }
  if (rest === 'replies' && method === 'POST') {
    if (!holder || lockedByOther) return holder ? lockAnswer() : refusal(409, 'reply-locked', 'Take the reply lock first.');
    const inReplyTo = typeof input.inReplyTo === 'string' ? input.inReplyTo : null;
    if (inReplyTo && inquiry.messages.some((entry) => entry.kind === 'REPLY' && entry.inReplyTo === inReplyTo)) return refusal(409, 'already-answered', 'This customer message has already been answered.');
    const stale = checkVersion(ifMatch, inquiry);
    if (stale) return stale;
    const text = textOf(input, 'text', 20000);
    if (!text) return problem(400, 'Bad Request', 'Invalid request content.', { errors: [{ field: 'text', code: 'NotBlank', message: 'must not be blank' }] });
    inquiry.messages.push(
      message('REPLY', text, new Date().toISOString(), {
        author: { id: user.subject, name: user.name, type: 'staff' },
        inReplyTo,
        mailStatus: inquiry.customer.email ? 'QUEUED' : null,
        readByCustomer: false,
      }),
    );
    inquiry.lock = null;
    if (!inquiry.assignee) inquiry.assignee = me(user);
    if (input.close === true || input.state === 'DONE') close(inquiry);
    else inquiry.state = input.state === 'PENDING_CUSTOMER' ? 'PENDING_CUSTOMER' : 'IN_PROGRESS';
    return changed(inquiry);
  }
  if (rest === 'notes' && method === 'POST') {
    const text = textOf(input, 'text', 5000);
    if (!text) return problem(400, 'Bad Request', 'Invalid request content.', { errors: [{ field: 'text', code: 'NotBlank', message: 'must not be blank' }] });
    inquiry.messages.push(message('NOTE', text, new Date().toISOString(), { author: { id: user.subject, name: user.name, type: 'staff' } }));
    return changed(inquiry);
  }
  const attachment = /^attachments\/(.+)$/.exec(rest);
  if (attachment && method === 'GET') return { status: 200, body: `mock attachment ${decodeURIComponent(attachment[1])}`, etag: undefined };
  if (method === 'PUT' && ['state', 'assignee', 'labels', 'member'].includes(rest)) {
    const stale = checkVersion(ifMatch, inquiry);
    if (stale) return stale;
    if (rest === 'state') {
      if (!['NEW', 'IN_PROGRESS', 'PENDING_CUSTOMER', 'DONE'].includes(String(input.state))) return problem(400, 'Bad Request', 'Unknown state.');
      if (input.state === 'DONE') close(inquiry, input.surveySuppressed);
      else inquiry.state = input.state as Inquiry['state'];
    } else if (rest === 'assignee') {
      const id = input.assigneeId;
      inquiry.assignee = id === null || id === undefined ? null : (STAFF.find((person) => person.id === id) ?? (id === user.subject ? me(user) : null));
      if (id && !inquiry.assignee) return problem(400, 'Bad Request', 'Unknown staff member.');
      if (inquiry.state === 'NEW' && inquiry.assignee) inquiry.state = 'IN_PROGRESS';
    } else if (rest === 'labels') {
      inquiry.labels = Array.isArray(input.labels) ? [...new Set((input.labels as unknown[]).map(String).map((label) => label.trim()).filter(Boolean))] : [];
    } else {
      inquiry.customer = { ...inquiry.customer, memberId: typeof input.memberId === 'string' ? input.memberId : null };
    }
    return changed(inquiry);
  }
  if (rest === 'merge' && method === 'POST') {
    const stale = checkVersion(ifMatch, inquiry);
    if (stale) return stale;
    const source = inquiries.get(String(input.sourceId));
    if (!source || source.id === inquiry.id) return refusal(400, 'merge-impossible', 'Name another inquiry to merge.');
    inquiry.messages = [...inquiry.messages, ...source.messages].sort((a, b) => a.at.localeCompare(b.at));
    inquiry.labels = [...new Set([...inquiry.labels, ...source.labels])];
    source.mergedInto = inquiry.id;
    source.state = 'DONE';
    source.version += 1;
    return changed(inquiry);
  }
  return problem(405, 'Method Not Allowed', `${method} ${path} is not supported.`);
}
