import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * notification-service's in-app notifications, preferences, segments, broadcasts and newsletters
 * for the mock gateway (`vite --mode mock`), imitating `jp.azukari.notification.{inapp,preference,
 * segment,newsletter}`:
 *  - members: `GET /api/notifications/me?page=&size=`, `GET /api/notifications/me/unread-count`,
 *    `POST /api/notifications/me/{id}/read`, `POST /api/notifications/me/read-all`,
 *    `GET/PUT /api/notifications/me/preferences {newsletter}`;
 *  - anyone: `POST /api/notifications/unsubscribe/{token}` (204; 404 `unsubscribe-link-invalid`
 *    unless the token contains a dot);
 *  - staff: `POST /api/notifications/segments/count {segment}` (a made-up count from the
 *    conditions), `POST /api/notifications/broadcasts`, `GET /api/notifications/broadcasts`,
 *    newsletters `POST/GET /api/notifications/newsletters`, `POST .../preview`, `GET .../{id}` and
 *    `POST .../{id}/send|pause|resume|cancel` (409 `newsletter-state` when the state does not
 *    allow it); a sending newsletter advances by 7 recipients a second.
 */

type Json = Record<string, unknown>;

interface MockNotification {
  id: string;
  memberId: string;
  kind: string;
  title: { ja: string; en: string };
  body: string | null;
  link: string | null;
  read: boolean;
  createdAt: string;
}

interface Segment {
  accountStatus?: string[];
  prefectures?: string[];
  verification?: string[];
  lastActiveWithinDays?: number | null;
  optedInOnly?: boolean;
}

interface MockNewsletter {
  id: string;
  subject: string;
  html: string;
  text: string;
  segment: Segment;
  broadcastId: string | null;
  state: 'DRAFT' | 'SCHEDULED' | 'SENDING' | 'PAUSED' | 'SENT' | 'CANCELLED';
  scheduledAt: string | null;
  total: number;
  sent: number;
  failed: number;
  createdAt: string;
  createdBy: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When `sent` was last advanced (ms). */
  tick: number;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const notifications: MockNotification[] = [];
const preferences = new Map<string, boolean>();
const broadcasts: Json[] = [];
const newsletters: MockNewsletter[] = [
  {
    id: 'newsletter-1',
    subject: '秋の査定キャンペーンのお知らせ',
    html: '<h2>秋の査定キャンペーン</h2><p>11月末まで査定額<strong>10%</strong>アップ。</p>',
    text: '秋の査定キャンペーン\n11月末まで査定額10%アップ。',
    segment: { accountStatus: ['ACTIVE'], optedInOnly: true },
    broadcastId: null,
    state: 'SENT',
    scheduledAt: null,
    total: 1250,
    sent: 1243,
    failed: 7,
    createdAt: hoursAgo(72),
    createdBy: 'staff',
    startedAt: hoursAgo(71),
    finishedAt: hoursAgo(69),
    tick: 0,
  },
  {
    id: 'newsletter-2',
    subject: '年末年始の営業日について',
    html: '<p>12月29日から1月3日まで休業いたします。</p>',
    text: '12月29日から1月3日まで休業いたします。',
    segment: { optedInOnly: true },
    broadcastId: null,
    state: 'SENDING',
    scheduledAt: null,
    total: 800,
    sent: 310,
    failed: 2,
    createdAt: hoursAgo(1),
    createdBy: 'staff',
    startedAt: hoursAgo(0.5),
    finishedAt: null,
    tick: Date.now(),
  },
];

function seedFor(memberId: string) {
  if (notifications.some((n) => n.memberId === memberId)) return;
  notifications.push(
    {
      id: randomUUID(),
      memberId,
      kind: 'request-status',
      title: { ja: 'お申し込み R-000101：キットを発送しました', en: 'Request R-000101: Kit sent' },
      body: null,
      link: '/requests',
      read: false,
      createdAt: hoursAgo(2),
    },
    {
      id: randomUUID(),
      memberId,
      kind: 'broadcast',
      title: { ja: '年末年始の営業日について', en: '年末年始の営業日について' },
      body: '<p>12月29日から1月3日まで<strong>休業</strong>いたします。</p><p><a href="https://azukari.example/news" rel="noopener noreferrer nofollow" target="_blank">詳しくはこちら</a></p>',
      link: null,
      read: false,
      createdAt: hoursAgo(26),
    },
    {
      id: randomUUID(),
      memberId,
      kind: 'verification-result',
      title: { ja: '本人確認が完了しました', en: 'Your identity has been verified' },
      body: null,
      link: '/documents',
      read: true,
      createdAt: hoursAgo(24 * 5),
    },
  );
}

/** A count that changes with the conditions, so that the composer's live count moves. */
function countOf(segment: Segment): { count: number; mailable: number } {
  let count = 12_480;
  if (segment.accountStatus?.length) count = Math.round(count * Math.min(1, 0.7 * segment.accountStatus.length));
  if (segment.prefectures?.length) count = Math.round(count * Math.min(1, 0.08 * segment.prefectures.length));
  if (segment.verification?.length) count = Math.round(count * Math.min(1, 0.4 * segment.verification.length));
  if (segment.lastActiveWithinDays) count = Math.round(count * Math.min(1, segment.lastActiveWithinDays / 180));
  if (segment.optedInOnly) count = Math.round(count * 0.85);
  return { count, mailable: Math.round(count * 0.97) };
}

function advance() {
  const now = Date.now();
  for (const n of newsletters) {
    if (n.state === 'SCHEDULED' && n.scheduledAt && Date.parse(n.scheduledAt) <= now) {
      n.state = 'SENDING';
      n.startedAt = new Date().toISOString();
      n.total = countOf(n.segment).mailable;
      n.tick = now;
    }
    if (n.state === 'SENDING') {
      const steps = Math.floor((now - n.tick) / 1000);
      if (steps > 0) {
        n.sent = Math.min(n.total - n.failed, n.sent + steps * 7);
        n.tick = now;
      }
      if (n.sent + n.failed >= n.total) {
        n.state = 'SENT';
        n.finishedAt = new Date().toISOString();
      }
    }
  }
}

const view = ({ tick: _tick, ...n }: MockNewsletter) => n;

function send(res: ServerResponse, status: number, body?: unknown) {
  res.statusCode = status;
  if (body === undefined) return void res.end();
  res.setHeader('Content-Type', status >= 400 ? 'application/problem+json' : 'application/json');
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: Json = {}) {
  send(res, status, { type: extra.code ? `urn:azukari:problem:${String(extra.code)}` : 'about:blank', title, status, detail, correlationId: randomUUID(), ...extra });
}

async function json(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') ?? {}) as Json;
  } catch {
    return {};
  }
}

/** Rough stand-in for the server's sanitiser: drops scripts, styles and event handlers. */
const sanitise = (html: string) =>
  html
    .replace(/<(script|style|iframe)[\s\S]*?<\/\1>/gi, '')
    .replace(/\son\w+="[^"]*"/gi, '')
    .replace(/javascript:/gi, '');
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

const TRANSITIONS: Record<string, { from: MockNewsletter['state'][]; to: MockNewsletter['state'] }> = {
  send: { from: ['DRAFT', 'SCHEDULED'], to: 'SENDING' },
  pause: { from: ['SENDING'], to: 'PAUSED' },
  resume: { from: ['PAUSED'], to: 'SENDING' },
  cancel: { from: ['DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED'], to: 'CANCELLED' },
};

/** Answers `/api/notifications/**` as far as in-app notifications and newsletters go; false for other paths. */
export async function notificationsApi(req: IncomingMessage, res: ServerResponse, url: URL, user: { subject: string; roles: string[] } | undefined): Promise<boolean> {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (!path.startsWith('/api/notifications/')) return false;

  if (path.startsWith('/api/notifications/unsubscribe/') && method === 'POST') {
    const token = decodeURIComponent(path.slice('/api/notifications/unsubscribe/'.length));
    if (!token.includes('.')) return problem(res, 404, 'Not Found', 'This unsubscribe link is not valid.', { code: 'unsubscribe-link-invalid' }), true;
    preferences.set(token.split('.')[0], false);
    return send(res, 204), true;
  }
  if (!user) return problem(res, 401, 'Unauthorized', 'Log in to continue.'), true;

  if (path === '/api/notifications/me' || path.startsWith('/api/notifications/me/')) {
    if (!user.roles.includes('member')) return problem(res, 403, 'Forbidden', 'Access Denied'), true;
    seedFor(user.subject);
    const own = notifications.filter((n) => n.memberId === user.subject).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    if (path === '/api/notifications/me' && method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '0') || 0;
      const size = Number(url.searchParams.get('size') ?? '20') || 20;
      const content = own.slice(page * size, page * size + size).map(({ memberId: _m, ...n }) => n);
      return send(res, 200, { content, page: { size, number: page, totalElements: own.length, totalPages: Math.ceil(own.length / size) } }), true;
    }
    if (path === '/api/notifications/me/unread-count' && method === 'GET') {
      return send(res, 200, { count: own.filter((n) => !n.read).length }), true;
    }
    if (path === '/api/notifications/me/read-all' && method === 'POST') {
      const unread = own.filter((n) => !n.read);
      unread.forEach((n) => (n.read = true));
      return send(res, 200, { count: unread.length }), true;
    }
    const read = /^\/api\/notifications\/me\/([^/]+)\/read$/.exec(path);
    if (read && method === 'POST') {
      const found = own.find((n) => n.id === decodeURIComponent(read[1]));
      if (!found) return problem(res, 404, 'Not Found', 'There is no such notification.'), true;
      found.read = true;
      return send(res, 204), true;
    }
    if (path === '/api/notifications/me/preferences') {
      if (method === 'PUT') {
        const body = await json(req);
        if (typeof body.newsletter !== 'boolean') {
          return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'newsletter', code: 'NotNull', message: 'must not be null' }] }), true;
        }
        preferences.set(user.subject, body.newsletter);
      }
      return send(res, 200, { newsletter: preferences.get(user.subject) ?? true }), true;
    }
    return false;
  }

  if (!user.roles.includes('staff') && !user.roles.includes('admin')) return problem(res, 403, 'Forbidden', 'Access Denied'), true;
  advance();
  if (path === '/api/notifications/segments/count' && method === 'POST') {
    const body = await json(req);
    return send(res, 200, countOf((body.segment ?? {}) as Segment)), true;
  }
  if (path === '/api/notifications/broadcasts' && method === 'GET') return send(res, 200, broadcasts), true;
  if (path === '/api/notifications/broadcasts' && method === 'POST') {
    const body = await json(req);
    if (!body.title || !body.bodyHtml) {
      return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: body.title ? 'bodyHtml' : 'title', code: 'NotBlank', message: 'must not be blank' }] }), true;
    }
    const segment = (body.segment ?? {}) as Segment;
    const id = randomUUID();
    const broadcast = {
      id,
      title: String(body.title),
      bodyHtml: sanitise(String(body.bodyHtml)),
      segment,
      alsoMail: Boolean(body.alsoMail),
      newsletterId: null,
      state: 'DELIVERED',
      total: countOf(segment).count,
      delivered: countOf(segment).count,
      createdAt: new Date().toISOString(),
      createdBy: 'staff',
      finishedAt: new Date().toISOString(),
    };
    broadcasts.unshift(broadcast);
    if (user.roles.length) {
      for (const memberId of new Set(notifications.map((n) => n.memberId))) {
        notifications.push({ id: `${id}:${memberId}`, memberId, kind: 'broadcast', title: { ja: broadcast.title, en: broadcast.title }, body: broadcast.bodyHtml, link: null, read: false, createdAt: broadcast.createdAt });
      }
    }
    return send(res, 202, broadcast), true;
  }
  if (path === '/api/notifications/newsletters' && method === 'GET') return send(res, 200, newsletters.map(view)), true;
  if (path === '/api/notifications/newsletters/preview' && method === 'POST') {
    const body = await json(req);
    const html = sanitise(String(body.html ?? ''));
    return send(res, 200, { html, text: textOf(html) }), true;
  }
  if (path === '/api/notifications/newsletters' && method === 'POST') {
    const body = await json(req);
    const errors = ['subject', 'html'].filter((field) => !body[field]).map((field) => ({ field, code: 'NotBlank', message: 'must not be blank' }));
    if (errors.length) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors }), true;
    const html = sanitise(String(body.html));
    const newsletter: MockNewsletter = {
      id: randomUUID(),
      subject: String(body.subject),
      html,
      text: body.text ? String(body.text) : textOf(html),
      segment: { ...((body.segment ?? {}) as Segment), optedInOnly: true },
      broadcastId: null,
      state: body.scheduledAt ? 'SCHEDULED' : 'DRAFT',
      scheduledAt: body.scheduledAt ? String(body.scheduledAt) : null,
      total: 0,
      sent: 0,
      failed: 0,
      createdAt: new Date().toISOString(),
      createdBy: 'staff',
      startedAt: null,
      finishedAt: null,
      tick: Date.now(),
    };
    newsletters.unshift(newsletter);
    return send(res, 201, view(newsletter)), true;
  }
  const one = /^\/api\/notifications\/newsletters\/([^/]+)(?:\/(send|pause|resume|cancel))?$/.exec(path);
  if (one) {
    const newsletter = newsletters.find((n) => n.id === decodeURIComponent(one[1]));
    if (!newsletter) return problem(res, 404, 'Not Found', 'There is no such newsletter.'), true;
    if (!one[2] && method === 'GET') return send(res, 200, view(newsletter)), true;
    if (one[2] && method === 'POST') {
      const transition = TRANSITIONS[one[2]];
      if (!transition.from.includes(newsletter.state)) {
        return problem(res, 409, 'Conflict', `The newsletter is ${newsletter.state}.`, { code: 'newsletter-state' }), true;
      }
      if (one[2] === 'send') {
        newsletter.startedAt = new Date().toISOString();
        newsletter.total = countOf(newsletter.segment).mailable;
      }
      if (one[2] === 'cancel') newsletter.finishedAt = new Date().toISOString();
      newsletter.state = transition.to;
      newsletter.tick = Date.now();
      return send(res, 200, view(newsletter)), true;
    }
  }
  return false;
}
