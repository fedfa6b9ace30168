import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { storedZip } from './mockZip.ts';

/**
 * audit-service's `/api/audit/**` for the mock gateway: a few hundred Japanese sample records (profile
 * changes, request moves, item edits, document views...) searched with the agreed criteria and paged
 * with an opaque cursor, exports of a search (CSV/XLSX, progress over a few seconds), a verification
 * of the hash chains, and two dead letters for admins. Cookie `azukari-mock-audit-tampered=1` makes
 * the verification find a broken link; `azukari-mock-export-fail=1` fails exports half way.
 */

interface Actor {
  id: string | null;
  type: 'member' | 'staff' | 'system';
  name: string | null;
}

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

interface AuditRecord {
  eventId: string;
  time: string;
  recordedAt: string;
  type: string;
  action: string;
  service: string;
  entityType: string;
  entityId: string;
  actor: Actor;
  correlationId: string;
  changes: Change[];
  data: Record<string, unknown>;
  chain: { stream: string; sequence: number; hash: string; previousHash: string | null };
  clientAddress?: string | null;
  erased?: { at: string } | null;
}

type Json = Record<string, unknown>;

const HANAKO = { id: '7d3c1f6e-0b7a-4f0e-9a55-2f5c7e0b1a01', name: '山田 花子' };
const TANAKA = { id: 'mock-member-tanaka', name: '田中 一郎' };
const KIMURA = { id: 'mock-member-kimura', name: '木村 花' };
const SATO: Actor = { id: 'c2a9e3d4-5b6f-4a7e-8c9d-0e1f2a3b4c02', type: 'staff', name: '佐藤 一郎' };
const SUZUKI: Actor = { id: 'e5f6a7b8-9c0d-4e1f-a2b3-c4d5e6f7a803', type: 'staff', name: '鈴木 管理' };
const SYSTEM: Actor = { id: null, type: 'system', name: 'workflow-service' };
const member = (who: { id: string; name: string }): Actor => ({ id: who.id, type: 'member', name: who.name });

const STATUSES = ['KIT_REQUESTED', 'KIT_REQUEST_CONFIRMED', 'KIT_SENT', 'ITEMS_RECEIVED', 'INSPECTED', 'LISTED', 'SOLD', 'PAID_OUT'];
const ADDRESSES = ['東京都千代田区千代田1-1', '東京都渋谷区渋谷2-1-1', '大阪府大阪市北区梅田3-1-1', '神奈川県横浜市西区みなとみらい2-2-1'];
const BRANDS = ['ルイ・ヴィトン', 'シャネル', 'エルメス', 'ロレックス', 'コーチ'];
const TITLES = ['ルイ・ヴィトン モノグラム スピーディ30 ハンドバッグ', 'シャネル マトラッセ チェーンショルダー 黒', 'ロレックス デイトジャスト 腕時計 SS', 'エルメス スカーフ カレ90 シルク', 'コーチ トートバッグ レザー ブラウン'];
const CONDITIONS = ['unused', 'likeNew', 'used', 'damaged'];

/** The sample: one stream per entity type, each record chained to the one before in its stream. */
function seed(): AuditRecord[] {
  const made: Omit<AuditRecord, 'chain' | 'recordedAt' | 'eventId' | 'correlationId'>[] = [];
  const start = Date.now() - 60 * 24 * 3600 * 1000;
  let clock = start;
  const tick = () => (clock += 37 * 60 * 1000 + Math.floor(((made.length * 7919) % 97) * 60 * 1000));
  const members = [HANAKO, TANAKA, KIMURA];
  for (let round = 0; round < 40; round += 1) {
    const who = members[round % members.length];
    const requestId = `mock-request-${String(101 + (round % 12))}`;
    const number = `R-${String(101 + (round % 12)).padStart(6, '0')}`;
    const itemId = `mock-item-${String(1 + (round % 15)).padStart(3, '0')}`;
    const itemNumber = `I-${String(1 + (round % 15)).padStart(6, '0')}`;
    const at = () => new Date(tick()).toISOString();
    made.push({
      time: at(), type: 'member.ProfileChanged', action: 'ProfileChanged', service: 'member', entityType: 'member', entityId: who.id, actor: round % 4 === 0 ? SATO : member(who),
      changes: round % 2 === 0
        ? [{ field: 'address', before: ADDRESSES[round % 4], after: ADDRESSES[(round + 1) % 4] }, { field: 'phone', before: '090-1234-5678', after: '080-9876-5432' }]
        : [{ field: 'occupation', before: round % 3 === 0 ? null : '会社員', after: '自営業' }],
      data: {},
    });
    const from = STATUSES[round % 7];
    const to = STATUSES[(round % 7) + 1];
    made.push({
      time: at(), type: 'workflow.RequestStatusChanged', action: 'RequestStatusChanged', service: 'workflow', entityType: 'request', entityId: requestId, actor: round % 5 === 0 ? SYSTEM : SATO,
      changes: [{ field: 'status', before: from, after: to }, ...(round % 3 === 0 ? [{ field: 'comment', before: null, after: 'ヤマト運輸 伝票番号 4567-8901-2345' }] : [])],
      data: { number, memberId: who.id, memberName: who.name },
    });
    made.push({
      time: at(), type: 'item.ItemChanged', action: 'ItemChanged', service: 'item', entityType: 'item', entityId: itemId, actor: SATO,
      changes: round % 2 === 0
        ? [{ field: 'title', before: null, after: TITLES[round % TITLES.length] }, { field: 'startPrice', before: 30000, after: 28000 }]
        : [{ field: 'condition', before: CONDITIONS[round % 4], after: CONDITIONS[(round + 1) % 4] }, { field: 'brand', before: BRANDS[round % 5], after: BRANDS[round % 5] + '（正規品）' }, { field: 'storageLocation', before: `棚 A-${round % 9}`, after: null }],
      data: { number: itemNumber, requestId, brand: BRANDS[round % 5] },
    });
    if (round % 3 === 0) {
      made.push({
        time: at(), type: 'member.IdentityDocumentViewed', action: 'IdentityDocumentViewed', service: 'member', entityType: 'member', entityId: who.id, actor: round % 2 === 0 ? SUZUKI : SATO,
        changes: [], data: { document: '運転免許証（表）', reason: '本人確認の審査' },
      });
    }
    if (round % 4 === 1) {
      made.push({
        time: at(), type: 'member.AccountStatusChanged', action: 'AccountStatusChanged', service: 'member', entityType: 'member', entityId: who.id, actor: SUZUKI,
        changes: [{ field: 'status', before: 'ACTIVE', after: round % 8 === 1 ? 'FROZEN' : 'ACTIVE' }], data: { reason: '振込先の確認が取れるまで一時停止' },
      });
    }
    if (round % 5 === 2) {
      made.push({
        time: at(), type: 'member.MemberRecordViewed', action: 'MemberRecordViewed', service: 'member', entityType: 'member', entityId: who.id, actor: SATO,
        changes: [], data: { memberId: who.id },
      });
      made.push({
        time: at(), type: 'inquiry.InquiryViewed', action: 'InquiryViewed', service: 'inquiry', entityType: 'inquiry', entityId: `mock-inquiry-${String(1 + (round % 7)).padStart(3, '0')}`, actor: SUZUKI,
        changes: [], data: {},
      });
    }
    if (round % 6 === 2) {
      made.push({
        time: at(), type: 'notification.MailSent', action: 'MailSent', service: 'notification', entityType: 'mail', entityId: randomUUID(), actor: SYSTEM,
        changes: [], data: { template: 'kit-sent', to: `${who.name} 様`, subject: '宅配キットを発送しました' },
      });
    }
  }
  // 木村 花 asked for erasure: her member records keep who, what and when, not the values.
  const erasedAt = new Date(tick()).toISOString();
  made.push({
    time: erasedAt, type: 'member.PersonalDataErased', action: 'PersonalDataErased', service: 'member', entityType: 'member', entityId: KIMURA.id, actor: SUZUKI,
    changes: [], data: { memberId: KIMURA.id, erasedFields: ['familyName', 'givenName', 'address', 'phone'], reason: '本人からの削除請求' },
  });
  for (const record of made) {
    if (record.entityType === 'member' && record.entityId === KIMURA.id && record.type !== 'member.PersonalDataErased') {
      record.changes = record.changes.map((change) => ({ field: change.field, before: null, after: null }));
      record.data = {};
      if (record.actor.type === 'member') record.actor = { ...record.actor, name: null };
      record.erased = { at: erasedAt };
    }
  }
  const ADDRESSES_SEEN = ['203.0.113.24', '198.51.100.7', '2001:db8::42'];
  const sequences = new Map<string, { sequence: number; hash: string | null }>();
  return made.map((record, index) => {
    if (record.actor.type !== 'system') record.clientAddress = ADDRESSES_SEEN[index % ADDRESSES_SEEN.length];
    const stream = `${record.service}.events-0`;
    const last = sequences.get(stream) ?? { sequence: 0, hash: null };
    const sequence = last.sequence + 1;
    const eventId = randomUUID();
    const hash = createHash('sha256').update(`${last.hash ?? ''}|${eventId}|${JSON.stringify(record.changes)}`).digest('hex');
    sequences.set(stream, { sequence, hash });
    return { ...record, eventId, recordedAt: new Date(Date.parse(record.time) + 850).toISOString(), correlationId: randomUUID(), chain: { stream, sequence, hash, previousHash: last.hash } };
  });
}

/** Oldest first as stored; searched newest first. */
const records = seed();

const DEAD_LETTERS = [
  { topic: 'item.events', partition: 1, offset: 20417, key: 'mock-item-007', reason: 'Not JSON: Unexpected character (\'<\' (code 60)) at line 1, column 1', payload: '<html><body>502 Bad Gateway</body></html>', at: new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString() },
  { topic: 'member.events', partition: 0, offset: 88311, key: null, reason: 'Missing header ce_type: the event type is unknown', payload: '{"memberId":"mock-member-kimura","changes":[{"field":"phone","before":"090-****-5678"', at: new Date(Date.now() - 26 * 3600 * 1000).toISOString() },
];

function matches(record: AuditRecord, filter: Json): boolean {
  const text = (key: string) => (typeof filter[key] === 'string' && (filter[key] as string).trim() ? (filter[key] as string).trim() : null);
  const entityType = text('entityType');
  const entityId = text('entityId');
  const actorId = text('actorId');
  const actor = text('actor');
  const action = text('action');
  const from = text('from');
  const to = text('to');
  const q = text('q')?.toLowerCase();
  if (entityType && record.entityType !== entityType) return false;
  if (entityId && record.entityId !== entityId) return false;
  if (actorId && record.actor.id !== actorId) return false;
  if (actor && !(record.actor.name ?? '').includes(actor)) return false;
  if (action && record.action !== action && record.type !== action) return false;
  if (from && record.time < new Date(from).toISOString()) return false;
  if (to && record.time >= new Date(to).toISOString()) return false;
  if (q && !JSON.stringify([record.changes, record.data]).toLowerCase().includes(q)) return false;
  return true;
}

const filterOf = (url: URL): Json => Object.fromEntries(['entityType', 'entityId', 'actorId', 'actor', 'action', 'from', 'to', 'q'].map((key) => [key, url.searchParams.get(key) ?? undefined]));
const newestFirst = (filter: Json) => records.filter((record) => matches(record, filter)).reverse();

/** The cursor is opaque to the web: here the event id and time of the last record shown. */
const cursorOf = (record: AuditRecord) => Buffer.from(JSON.stringify({ t: record.time, e: record.eventId })).toString('base64url');
function afterCursor(list: AuditRecord[], cursor: string | null): AuditRecord[] | null {
  if (!cursor) return list;
  try {
    const { e } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { e: string };
    const at = list.findIndex((record) => record.eventId === e);
    return at < 0 ? null : list.slice(at + 1);
  } catch {
    return null;
  }
}

// ---- Jobs ----

interface Job {
  id: string;
  startedAt: number;
  total: number;
  fileName: string;
  fail: boolean;
  rows: AuditRecord[];
  format: 'CSV' | 'XLSX';
}

const exportJobs = new Map<string, Job>();
const RATE = 60;

function exportView(job: Job) {
  const elapsed = (Date.now() - job.startedAt) / 1000;
  const done = Math.min(job.total, Math.floor(elapsed * RATE));
  if (job.fail && done >= job.total / 2) return { id: job.id, state: 'FAILED', done: Math.floor(job.total / 2), total: job.total, fileName: null, failure: { code: 'export.failed', message: 'The mock was told to fail (cookie azukari-mock-export-fail).' } };
  return { id: job.id, state: done >= job.total && elapsed >= 1 ? 'DONE' : 'RUNNING', done, total: job.total, fileName: job.fileName };
}

interface Verification {
  id: string;
  startedAt: number;
  tampered: boolean;
}
const verifications = new Map<string, Verification>();
/** Verifying is quick but not instant: a few seconds for the sample, so the progress shows. */
const VERIFY_RATE = 80;

function verificationView(run: Verification) {
  const total = records.length;
  const broken = run.tampered ? records[Math.floor(total * 0.6)] : null;
  const stopAt = broken ? Math.floor(total * 0.6) + 1 : total;
  const elapsed = (Date.now() - run.startedAt) / 1000;
  const checked = Math.min(stopAt, Math.floor(elapsed * VERIFY_RATE));
  const finished = checked >= stopAt && elapsed >= 1;
  return {
    id: run.id,
    state: finished ? 'DONE' : 'RUNNING',
    checked,
    total,
    firstBroken: finished && broken ? { stream: broken.chain.stream, sequence: broken.chain.sequence, eventId: broken.eventId, reason: 'hash mismatch: the record was changed after it was written' } : null,
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: finished ? new Date(run.startedAt + Math.ceil((stopAt / VERIFY_RATE) * 1000)).toISOString() : null,
  };
}

// ---- Files ----

const HEADERS = ['日時', '操作した人', '種別', '操作', 'サービス', '対象', '対象ID', '項目', '変更前', '変更後', 'イベントID'];
const cell = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
function rowsOf(list: AuditRecord[]): string[][] {
  const rows = [HEADERS];
  for (const r of list) {
    const base = [r.time, r.actor.name ?? r.actor.id ?? '', r.actor.type, r.action, r.service, r.entityType, r.entityId];
    if (r.changes.length === 0) rows.push([...base, '', '', '', r.eventId]);
    for (const change of r.changes) rows.push([...base, change.field, cell(change.before), cell(change.after), r.eventId]);
  }
  return rows;
}
/** Keeps a spreadsheet from taking a value for a formula. */
const neutral = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
function csv(rows: string[][]): Buffer {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return Buffer.from(`\uFEFF${rows.map((row) => row.map((c) => quote(neutral(c))).join(',')).join('\r\n')}\r\n`, 'utf8');
}
function xlsx(rows: string[][]): Buffer {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const sheetRows = rows.map((row, r) => `<row r="${r + 1}">${row.map((c) => `<c t="inlineStr"><is><t xml:space="preserve">${escape(neutral(c))}</t></is></c>`).join('')}</row>`).join('');
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="監査ログ" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  });
}

// ---- HTTP ----

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

/** Answers `/api/audit/**` (staff; verifications and dead letters for admins); false for other paths. */
export async function auditApi(req: IncomingMessage, res: ServerResponse, url: URL, user: { roles: string[] } | undefined, jar: Record<string, string>): Promise<boolean> {
  const path = url.pathname;
  if (!path.startsWith('/api/audit/')) return false;
  const method = req.method ?? 'GET';
  if (!user) return problem(res, 401, 'Unauthorized', 'Log in to continue.'), true;
  if (!user.roles.includes('staff') && !user.roles.includes('admin')) return problem(res, 403, 'Forbidden', 'Access Denied'), true;
  const admin = user.roles.includes('admin');

  if (path === '/api/audit/records' && method === 'GET') {
    const size = Math.min(200, Math.max(1, Number(url.searchParams.get('size') ?? '50') || 50));
    const rest = afterCursor(newestFirst(filterOf(url)), url.searchParams.get('cursor'));
    if (!rest) return problem(res, 400, 'Bad Request', 'The cursor is not valid.', { code: 'cursor-invalid' }), true;
    const content = rest.slice(0, size);
    return send(res, 200, { content, next: rest.length > size ? cursorOf(content[content.length - 1]) : null }), true;
  }
  const one = /^\/api\/audit\/records\/([^/]+)$/.exec(path);
  if (one && method === 'GET') {
    const record = records.find((candidate) => candidate.eventId === decodeURIComponent(one[1]));
    return record ? send(res, 200, record) : problem(res, 404, 'Not Found', 'There is no such record.'), true;
  }

  if (path === '/api/audit/exports' && method === 'POST') {
    const body = await json(req);
    if (body.format !== 'CSV' && body.format !== 'XLSX') return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'format', code: 'format.unknown', message: 'Choose CSV or XLSX.' }] }), true;
    const rows = newestFirst((body.filter ?? {}) as Json);
    const id = randomUUID();
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
    const job: Job = { id, startedAt: Date.now(), total: rows.length, rows, format: body.format, fileName: `audit-${stamp}.${body.format === 'XLSX' ? 'xlsx' : 'csv'}`, fail: jar['azukari-mock-export-fail'] === '1' };
    exportJobs.set(id, job);
    return send(res, 202, exportView(job), { Location: `/api/audit/exports/${id}` }), true;
  }
  const exportMatch = /^\/api\/audit\/exports\/([^/]+)(\/file)?$/.exec(path);
  if (exportMatch && method === 'GET') {
    const job = exportJobs.get(exportMatch[1]);
    if (!job) return problem(res, 404, 'Not Found', 'There is no such export.'), true;
    const view = exportView(job);
    if (!exportMatch[2]) return send(res, 200, view), true;
    if (view.state !== 'DONE') return problem(res, 409, 'Not ready', 'The export has not finished.', { code: 'export-not-done' }), true;
    const table = rowsOf(job.rows);
    res.statusCode = 200;
    res.setHeader('Content-Type', job.format === 'XLSX' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=UTF-8');
    res.setHeader('Content-Disposition', `attachment; filename="${job.fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(job.format === 'XLSX' ? xlsx(table) : csv(table));
    return true;
  }

  if (path.startsWith('/api/audit/verifications') || path.startsWith('/api/audit/dead-letters')) {
    if (!admin) return problem(res, 403, 'Forbidden', 'Only administrators verify the audit log.'), true;
  }
  if (path === '/api/audit/verifications' && method === 'POST') {
    const run: Verification = { id: randomUUID(), startedAt: Date.now(), tampered: jar['azukari-mock-audit-tampered'] === '1' };
    verifications.set(run.id, run);
    return send(res, 202, verificationView(run), { Location: `/api/audit/verifications/${run.id}` }), true;
  }
  if (path === '/api/audit/verifications' && method === 'GET') {
    const latest = [...verifications.values()].at(-1);
    return latest ? send(res, 200, verificationView(latest)) : send(res, 204), true;
  }
  const verification = /^\/api\/audit\/verifications\/([^/]+)$/.exec(path);
  if (verification && method === 'GET') {
    const run = verifications.get(verification[1]);
    return run ? send(res, 200, verificationView(run)) : problem(res, 404, 'Not Found', 'There is no such verification.'), true;
  }
  if (path === '/api/audit/dead-letters' && method === 'GET') return send(res, 200, { content: DEAD_LETTERS, next: null }), true;
  return false;
}
