import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { check, defaults, escape, type Json, KINDS, type Parts, preview, templates } from './mockMailTemplates.ts';

/**
 * notification-service's mail templates and delivery log for the mock gateway:
 * `/api/notifications/templates/**` (admin: list, get/put with If-Match, preview, test-send, reset)
 * and `/api/notifications/deliveries/**` (staff: search, one, resend, summary). Templates are
 * checked and rendered by a small Mustache subset (variables, sections, inverted sections; HTML
 * escaped in the HTML part), enough to try the editor.
 */

type State = 'QUEUED' | 'SENT' | 'FAILED' | 'BOUNCED';
interface Delivery {
  id: string;
  kind: string;
  memberId: string | null;
  to: string | null;
  toName: string | null;
  subject: string | null;
  state: State;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
  relatedType: string | null;
  relatedId: string | null;
  resends: number;
  resendable: boolean;
  text: string | null;
}

const deliveries: Delivery[] = [];
(function seedDeliveries() {
  const names = ['山田 花子', '鈴木 一郎', '佐藤 美咲', '高橋 健', '田中 さくら'];
  const kinds = Object.keys(KINDS);
  const now = Date.now();
  for (let i = 0; i < 60; i++) {
    const kind = kinds[i % kinds.length];
    const state: State = i % 17 === 3 ? 'FAILED' : i % 23 === 5 ? 'BOUNCED' : i < 2 ? 'QUEUED' : 'SENT';
    const queuedAt = new Date(now - i * 3_600_000).toISOString();
    const name = names[i % names.length];
    deliveries.push({
      id: randomUUID(),
      kind,
      memberId: kind.startsWith('inquiry') && i % 2 ? null : `member-${(i % names.length) + 1}`,
      to: `customer${(i % names.length) + 1}@example.com`,
      toName: name,
      subject: kind === 'request-status' ? `【Azukari】お申し込み R-${String(100 + i).padStart(6, '0')} の状況：キットを発送しました` : `【Azukari】${kind} のお知らせ`,
      state,
      attempts: state === 'QUEUED' ? 0 : state === 'FAILED' ? 10 : 1,
      lastError: state === 'FAILED' ? 'Gave up after 10 attempts: Mail server connection failed' : state === 'BOUNCED' ? 'Recipient refused: 550 5.1.1 User unknown' : null,
      queuedAt,
      sentAt: state === 'SENT' ? queuedAt : null,
      nextAttemptAt: state === 'QUEUED' ? queuedAt : null,
      relatedType: kind.startsWith('inquiry') ? 'inquiry' : kind === 'request-status' ? 'request' : 'member',
      relatedId: `related-${i}`,
      resends: 0,
      resendable: state === 'FAILED' || state === 'BOUNCED',
      text: `${name} 様\n\nモックのメール本文です。`,
    });
  }
})();

export async function mailApi(req: IncomingMessage, res: ServerResponse, url: URL, user: { roles: string[]; name?: string; email?: string } | undefined): Promise<boolean> {
  const path = url.pathname;
  if (!path.startsWith('/api/notifications/templates') && !path.startsWith('/api/notifications/deliveries')) return false;
  const method = req.method ?? 'GET';
  if (!user) return problem(res, 401, 'Unauthorized', 'Log in to continue.'), true;
  const admin = user.roles.includes('admin');
  const staff = admin || user.roles.includes('staff');

  if (path.startsWith('/api/notifications/templates')) {
    if (!admin) return problem(res, 403, 'Forbidden', 'Access Denied'), true;
    if (path === '/api/notifications/templates' && method === 'GET') return send(res, 200, [...templates.values()]), true;
    const match = /^\/api\/notifications\/templates\/([^/]+)\/([^/]+)(?:\/(preview|test-send))?$/.exec(path);
    const template = match ? templates.get(`${decodeURIComponent(match[1])}.${decodeURIComponent(match[2])}`) : undefined;
    if (!match || !template) return problem(res, 404, 'Not Found', 'There is no such mail template.', { code: 'template-unknown' }), true;
    const etag = `"${template.version}"`;
    if (!match[3] && method === 'GET') return send(res, 200, template, { ETag: etag }), true;
    if (match[3] === 'preview' && method === 'POST') {
      const draft = (await json(req)) as unknown as Parts;
      const refused = check(template.kind, draft);
      return refused ? problem(res, 400, 'Bad Request', String(refused.detail), refused) : send(res, 200, preview(template.kind, draft)), true;
    }
    if (match[3] === 'test-send' && method === 'POST') {
      const body = await json(req);
      const to = typeof body.to === 'string' && body.to ? body.to : (user.email ?? '');
      return send(res, 202, { deliveryId: randomUUID(), to }), true;
    }
    if (method === 'PUT' || method === 'DELETE') {
      const ifMatch = req.headers['if-match'];
      if (method === 'PUT' && !ifMatch) return problem(res, 428, 'Precondition Required', 'Send the version you last saw in an If-Match header.'), true;
      if (ifMatch && ifMatch !== etag) return problem(res, 409, 'Conflict', 'Someone changed this template after you loaded it.'), true;
      const parts = method === 'PUT' ? ((await json(req)) as unknown as Parts) : defaults(template.kind, template.language as 'ja' | 'en');
      const refused = check(template.kind, parts);
      if (refused) return problem(res, 400, 'Bad Request', String(refused.detail), refused), true;
      Object.assign(template, { subject: parts.subject, text: parts.text, html: parts.html, version: template.version + 1, updatedAt: new Date().toISOString(), updatedBy: user.name ?? 'admin' });
      return send(res, 200, template, { ETag: `"${template.version}"` }), true;
    }
    return problem(res, 405, 'Method Not Allowed', 'Not here.'), true;
  }

  if (!staff) return problem(res, 403, 'Forbidden', 'Access Denied'), true;
  if (path === '/api/notifications/deliveries' && method === 'GET') {
    const q = url.searchParams;
    const text = (q.get('q') ?? '').toLowerCase();
    const from = q.get('from') ? Date.parse(q.get('from')!) : null;
    const until = q.get('until') ? Date.parse(q.get('until')!) : null;
    const found = deliveries.filter(
      (d) =>
        (!q.get('memberId') || d.memberId === q.get('memberId')) &&
        (!q.get('kind') || d.kind === q.get('kind')) &&
        (!q.get('state') || d.state === q.get('state')) &&
        (!q.get('to') || (d.to ?? '').toLowerCase().includes(q.get('to')!.toLowerCase())) &&
        (from === null || Date.parse(d.queuedAt) >= from) &&
        (until === null || Date.parse(d.queuedAt) < until) &&
        (!text || `${d.subject} ${d.to} ${d.toName}`.toLowerCase().includes(text)),
    );
    const size = Math.min(100, Number(q.get('size') ?? '20') || 20);
    const number = Number(q.get('page') ?? '0') || 0;
    const content = found.slice(number * size, number * size + size).map(({ text: _text, ...view }) => view);
    return send(res, 200, { content, page: { size, number, totalElements: found.length, totalPages: Math.ceil(found.length / size) } }), true;
  }
  if (path === '/api/notifications/deliveries/summary' && method === 'GET') {
    const counts: Record<State, number> = { QUEUED: 0, SENT: 0, FAILED: 0, BOUNCED: 0 };
    for (const d of deliveries) counts[d.state]++;
    return send(res, 200, counts), true;
  }
  const one = /^\/api\/notifications\/deliveries\/([^/]+)(\/resend)?$/.exec(path);
  const delivery = one ? deliveries.find((d) => d.id === decodeURIComponent(one[1])) : undefined;
  if (!one || !delivery) return problem(res, 404, 'Not Found', 'There is no such mail.', { code: 'delivery-unknown' }), true;
  if (!one[2] && method === 'GET') {
    const { text, ...view } = delivery;
    return send(res, 200, { delivery: view, text, html: text ? `<p>${escape(text).replace(/\n/g, '<br>')}</p>` : null, messageId: null, inReplyTo: null, references: [] }), true;
  }
  if (one[2] && method === 'POST') {
    if (!delivery.resendable) return problem(res, 409, 'Conflict', 'Only a FAILED or BOUNCED mail can be sent again.', { code: 'mail-not-resendable' }), true;
    Object.assign(delivery, { state: 'SENT', attempts: 1, lastError: null, sentAt: new Date().toISOString(), resends: delivery.resends + 1, resendable: false });
    return send(res, 202, delivery), true;
  }
  return problem(res, 405, 'Method Not Allowed', 'Not here.'), true;
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
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
