import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestPhase } from './mockRequests.ts';

/**
 * item-service's member endpoints for the mock gateway (`vite --mode mock`): the configured fields
 * (`GET /api/items/fields`, the defaults of the brief), the member's own items (`/api/items/me`, with
 * If-Match on edits: 428 without, 409 when stale), photos checked by content (JPEG, PNG, HEIC; 10 MB),
 * and the auction figures. member@example.com's seeded requests come with items, one listed with bids
 * and one sold. Also the stand-in of the auction system's SSO landing page for `/auction`.
 */

type Json = Record<string, unknown>;
type Value = string | number | boolean | null;
interface FieldDef {
  key: string;
  label: { ja: string; en: string };
  type: 'TEXT' | 'LONG_TEXT' | 'NUMBER' | 'MONEY' | 'SELECT' | 'BOOLEAN' | 'DATE';
  required: boolean;
  options: { value: string; label: { ja: string; en: string } }[];
  memberEditable: boolean;
  order: number;
  builtIn: boolean;
  retired: boolean;
}
interface StoredPhoto {
  id: string;
  contentType: string;
  size: number;
  bytes: Buffer;
}
interface Price {
  auctionId: string;
  listedAt: string | null;
  currentBid: number | null;
  endsAt: string | null;
  hammerPrice: number | null;
  updatedAt: string | null;
}
interface StoredItem {
  id: string;
  number: string;
  requestId: string;
  requestNumber: string;
  memberId: string;
  values: Record<string, Value>;
  photos: StoredPhoto[];
  price: Price | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const MAX_BYTES = 10 * 1024 * 1024;

function field(key: string, type: FieldDef['type'], order: number, ja: string, en: string, flags: Partial<FieldDef> = {}): FieldDef {
  return { key, label: { ja, en }, type, required: false, options: [], memberEditable: false, order, builtIn: true, retired: false, ...flags };
}
const option = (value: string, ja: string, en: string) => ({ value, label: { ja, en } });

const fieldConfig = {
  version: 1,
  fields: [
    field('name', 'TEXT', 1, '品名', 'Item name', { memberEditable: true, required: true }),
    field('brand', 'TEXT', 2, 'ブランド', 'Brand', { memberEditable: true }),
    field('condition', 'SELECT', 3, '状態', 'Condition', {
      memberEditable: true,
      options: [option('new', '新品', 'New'), option('unused', '未使用', 'Unused'), option('likeNew', '未使用に近い', 'Like new'), option('used', '中古', 'Used'), option('damaged', '傷や汚れあり', 'Damaged')],
    }),
    field('memberNotes', 'LONG_TEXT', 4, 'メモ（開封済み未使用など）', 'Notes (e.g. opened but never used)', { memberEditable: true }),
    field('category', 'SELECT', 5, 'カテゴリ', 'Category', {
      options: [option('bag', 'バッグ', 'Bags'), option('watch', '時計', 'Watches'), option('apparel', 'ファッション', 'Apparel'), option('other', 'その他', 'Other')],
    }),
    field('title', 'TEXT', 6, '出品タイトル', 'Listing title', { required: true }),
    field('description', 'LONG_TEXT', 7, '商品説明', 'Description'),
    field('features', 'TEXT', 8, '特徴', 'Features'),
    field('quantity', 'NUMBER', 9, '数量', 'Quantity'),
    field('startPrice', 'MONEY', 10, '開始価格', 'Start price'),
    field('storageLocation', 'TEXT', 11, '保管場所', 'Storage location'),
  ] as FieldDef[],
};

const items: StoredItem[] = [];
let lastNumber = 119;

const byKey = () => new Map(fieldConfig.fields.map((f) => [f.key, f]));

function memberView(item: StoredItem): Json {
  const fields = byKey();
  const visible = Object.fromEntries(
    Object.entries(item.values).filter(([key]) => key === 'title' || (fields.get(key)?.memberEditable ?? false)),
  );
  const missingRequired = fieldConfig.fields.filter((f) => f.required && !f.retired && (item.values[f.key] === null || item.values[f.key] === undefined || item.values[f.key] === '')).map((f) => f.key);
  return {
    id: item.id, number: item.number, requestId: item.requestId, requestNumber: item.requestNumber, values: visible, missingRequired,
    photos: item.photos.map(({ id, contentType, size }) => ({ id, contentType, size })), price: item.price,
    createdAt: item.createdAt, updatedAt: item.updatedAt, version: item.version,
  };
}

function addItem(memberId: string, requestId: string, requestNumber: string, values: Record<string, Value>, price: Price | null = null, createdAt = new Date().toISOString()): StoredItem {
  lastNumber += 1;
  const item: StoredItem = {
    id: randomUUID(), number: `I-${String(lastNumber).padStart(6, '0')}`, requestId, requestNumber, memberId, values, photos: [], price,
    createdAt, updatedAt: createdAt, version: 1,
  };
  items.push(item);
  return item;
}

/** Items of member@example.com's seeded requests (ids by request number, from mockRequests.ts). */
export function seedMemberItems(memberId: string, requestIds: Record<string, string>) {
  const [sold, listed, waiting] = Object.entries(requestIds);
  const day = 86_400_000;
  const at = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString();
  addItem(memberId, sold[1], sold[0], { name: '腕時計', brand: 'SEIKO', condition: 'used', memberNotes: '電池交換済み', title: 'SEIKO 腕時計 クォーツ 稼働品', category: 'watch' },
    { auctionId: 'A-90001', listedAt: at(-30), currentBid: 42000, endsAt: at(-23), hammerPrice: 42000, updatedAt: at(-23) }, at(-38));
  addItem(memberId, listed[1], listed[0], { name: 'ショルダーバッグ', brand: 'COACH', condition: 'unused', memberNotes: '開封済み未使用', title: 'COACH ショルダーバッグ 未使用', category: 'bag' },
    { auctionId: 'A-90002', listedAt: at(-4), currentBid: 12000, endsAt: at(3), hammerPrice: null, updatedAt: at(-0.1) }, at(-13));
  addItem(memberId, listed[1], listed[0], { name: 'ニットセーター', brand: 'UNIQLO', condition: 'likeNew', title: 'ユニクロ カシミヤセーター M', category: 'apparel' },
    { auctionId: 'A-90003', listedAt: at(-4), currentBid: null, endsAt: at(3), hammerPrice: null, updatedAt: at(-4) }, at(-13));
  addItem(memberId, waiting[1], waiting[0], { name: 'スニーカー', brand: 'NIKE', condition: null }, null, at(-1));
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) return void res.end();
  res.setHeader('Content-Type', status >= 400 ? 'application/problem+json' : 'application/json');
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: Json = {}) {
  send(res, status, { type: 'about:blank', title, status, detail, correlationId: randomUUID(), ...extra });
}

async function rawBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sniff(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.subarray(4, 8).toString('latin1') === 'ftyp' && ['heic', 'heix', 'mif1', 'heif'].includes(bytes.subarray(8, 12).toString('latin1'))) return 'image/heic';
  return null;
}

/** The member's values checked against the configuration: only member-editable keys, each by its type. */
function checkValues(values: unknown, requireAll: boolean): { errors: Json[]; clean: Record<string, Value> } {
  const errors: Json[] = [];
  const clean: Record<string, Value> = {};
  if (values === null || typeof values !== 'object') return { errors: [{ field: 'values', code: 'values.type', message: 'Send the values as an object.' }], clean };
  const fields = byKey();
  for (const [key, raw] of Object.entries(values as Json)) {
    const def = fields.get(key);
    const at = `values.${key}`;
    if (!def || def.retired) { errors.push({ field: at, code: 'field.unknown', message: `There is no field ${key}.` }); continue; }
    if (!def.memberEditable) { errors.push({ field: at, code: 'field.staffOnly', message: 'Only the shop fills in this field.' }); continue; }
    if (raw === null || raw === '') { clean[key] = null; continue; }
    const fail = (code: string, message: string) => errors.push({ field: at, code, message });
    switch (def.type) {
      case 'NUMBER':
      case 'MONEY':
        if (typeof raw !== 'number' || !Number.isInteger(raw) || (def.type === 'MONEY' && raw < 0)) fail('number.format', def.type === 'MONEY' ? 'Enter an amount in whole yen.' : 'Enter a whole number.');
        else clean[key] = raw;
        break;
      case 'BOOLEAN':
        if (typeof raw !== 'boolean') fail('boolean.format', 'Answer yes or no.'); else clean[key] = raw;
        break;
      case 'SELECT':
        if (!def.options.some((o) => o.value === raw)) fail('option.unknown', 'Choose one of the options.'); else clean[key] = raw as string;
        break;
      case 'DATE':
        if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) fail('date.format', 'Enter a date like 2026-11-05.'); else clean[key] = raw;
        break;
      default:
        if (typeof raw !== 'string') fail('text.type', 'Enter text.');
        else if ([...raw].length > (def.type === 'LONG_TEXT' ? 2000 : 200)) fail('text.tooLong', `Use at most ${def.type === 'LONG_TEXT' ? 2000 : 200} characters.`);
        else clean[key] = raw.trim();
    }
  }
  for (const def of fieldConfig.fields) {
    if (!def.memberEditable || !def.required || def.retired) continue;
    const given = Object.prototype.hasOwnProperty.call(values, def.key);
    if ((requireAll || given) && (clean[def.key] === null || clean[def.key] === undefined) && !errors.some((e) => e.field === `values.${def.key}`)) {
      errors.push({ field: `values.${def.key}`, code: 'required', message: 'Enter this.' });
    }
  }
  return { errors, clean };
}

/**
 * Answers `/api/items/fields` and `/api/items/me[/{id}[/photos[/{photoId}]]]`; returns false for other
 * paths (the staff endpoints are not imitated here).
 */
export async function itemsApi(req: IncomingMessage, res: ServerResponse, url: URL, user: { subject: string; roles: string[] }): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (path === '/api/items/fields' && method === 'GET') return send(res, 200, fieldConfig, { ETag: `"${fieldConfig.version}"` }), true;
  const own = /^\/api\/items\/me(?:\/([^/]+)(?:\/photos(?:\/([^/]+))?)?)?$/.exec(path);
  if (!own) return false;
  if (!user.roles.includes('member')) return problem(res, 403, 'Forbidden', 'Access Denied'), true;
  const [, id, photoId] = own;
  const isPhotos = path.includes('/photos');
  const mine = items.filter((item) => item.memberId === user.subject);

  if (!id && method === 'GET') {
    const requestId = url.searchParams.get('requestId');
    return send(res, 200, mine.filter((item) => !requestId || item.requestId === requestId).map(memberView)), true;
  }
  if (!id && method === 'POST') {
    const body = JSON.parse((await rawBody(req, 256 * 1024))?.toString('utf8') || '{}') as Json;
    const phase = typeof body.requestId === 'string' ? requestPhase(body.requestId, user.subject) : null;
    if (!phase) return problem(res, 404, 'Not Found', 'There is no such request.'), true;
    if (phase.terminal) return problem(res, 409, 'Conflict', 'This request is closed: items can no longer be added.', { code: 'request-closed' }), true;
    const { errors, clean } = checkValues(body.values, true);
    if (errors.length) return problem(res, 400, 'Bad Request', 'Some fields are not valid.', { errors }), true;
    const item = addItem(user.subject, body.requestId as string, phase.number, clean);
    return send(res, 201, memberView(item), { ETag: `"${item.version}"`, Location: `/api/items/me/${item.id}` }), true;
  }

  const item = mine.find((candidate) => candidate.id === id);
  if (!item) return problem(res, 404, 'Not Found', 'There is no such item.'), true;
  const phase = requestPhase(item.requestId, user.subject);
  const ifMatch = req.headers['if-match'];

  if (!isPhotos) {
    if (method === 'GET') return send(res, 200, memberView(item), { ETag: `"${item.version}"` }), true;
    if (method === 'PATCH') {
      if (!ifMatch) return problem(res, 428, 'Precondition Required', 'Send the version you edited in If-Match.'), true;
      if (ifMatch !== `"${item.version}"`) return problem(res, 409, 'Conflict', 'The item was changed in the meantime: load it again.', { code: 'stale-version' }), true;
      if (phase?.terminal) return problem(res, 409, 'Conflict', 'This request is closed: its items can no longer be changed.', { code: 'request-closed' }), true;
      const body = JSON.parse((await rawBody(req, 256 * 1024))?.toString('utf8') || '{}') as Json;
      const { errors, clean } = checkValues(body.values, false);
      if (errors.length) return problem(res, 400, 'Bad Request', 'Some fields are not valid.', { errors }), true;
      for (const [key, value] of Object.entries(clean)) {
        if (value === null) delete item.values[key];
        else item.values[key] = value;
      }
      item.version += 1;
      item.updatedAt = new Date().toISOString();
      return send(res, 200, memberView(item), { ETag: `"${item.version}"` }), true;
    }
    if (method === 'DELETE') {
      if (ifMatch && ifMatch !== `"${item.version}"`) return problem(res, 409, 'Conflict', 'The item was changed in the meantime: load it again.', { code: 'stale-version' }), true;
      if (phase?.received || phase?.terminal) return problem(res, 409, 'Conflict', 'The shop has received this item: it can no longer be deleted.', { code: 'items-received' }), true;
      items.splice(items.indexOf(item), 1);
      return send(res, 204), true;
    }
    return false;
  }

  if (!photoId && method === 'POST') {
    if (phase?.terminal) return problem(res, 409, 'Conflict', 'This request is closed: photos can no longer be added.', { code: 'request-closed' }), true;
    const body = await rawBody(req, MAX_BYTES + 64 * 1024);
    if (!body) return problem(res, 413, 'Payload Too Large', 'A photo can be at most 10 MB.', { code: 'photo.tooLarge' }), true;
    let form: FormData;
    try {
      form = await new Request('http://mock/', { method: 'POST', headers: { 'Content-Type': String(req.headers['content-type']) }, body }).formData();
    } catch {
      return problem(res, 400, 'Bad Request', 'The upload could not be read.', { code: 'upload.malformed' }), true;
    }
    const file = form.get('file');
    if (!(file instanceof Blob)) return problem(res, 400, 'Bad Request', 'Some fields are not valid.', { errors: [{ field: 'file', code: 'photo.missing', message: 'Choose a photo.' }] }), true;
    const bytes = Buffer.from(await file.arrayBuffer());
    if (bytes.length === 0) return problem(res, 400, 'Bad Request', 'The file is empty.', { code: 'photo.empty' }), true;
    if (bytes.length > MAX_BYTES) return problem(res, 413, 'Payload Too Large', 'A photo can be at most 10 MB.', { code: 'photo.tooLarge' }), true;
    const contentType = sniff(bytes);
    if (!contentType) return problem(res, 415, 'Unsupported Media Type', 'Send a JPEG, PNG or HEIC photo.', { code: 'photo.type' }), true;
    const photo: StoredPhoto = { id: randomUUID(), contentType, size: bytes.length, bytes };
    item.photos.push(photo);
    item.version += 1;
    item.updatedAt = new Date().toISOString();
    return send(res, 201, { id: photo.id, contentType, size: photo.size }), true;
  }
  const photo = item.photos.find((candidate) => candidate.id === photoId);
  if (photoId && method === 'GET') {
    if (!photo) return problem(res, 404, 'Not Found', 'There is no such photo.'), true;
    res.statusCode = 200;
    res.setHeader('Content-Type', photo.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.end(photo.bytes);
    return true;
  }
  if (photoId && method === 'DELETE') {
    if (!photo) return problem(res, 404, 'Not Found', 'There is no such photo.'), true;
    item.photos.splice(item.photos.indexOf(photo), 1);
    item.version += 1;
    return send(res, 204), true;
  }
  return false;
}

/** One-time hand-off tokens of the mock `/auction` → `/mock-auction/sso` (member id by token). */
const handOffs = new Map<string, { memberId: string; name: string; expires: number }>();

/** `/auction`: the gateway's hand-off, imitated: a single-use, short-lived token carrying only the member's id. */
export function auctionHandOff(user: { subject: string; name: string }): string {
  const token = randomUUID();
  handOffs.set(token, { memberId: user.subject, name: user.name, expires: Date.now() + 60_000 });
  return `/mock-auction/sso?${new URLSearchParams({ token }).toString()}`;
}

/** The stand-in auction system's landing page: the member's listings with their figures, or why the link failed. */
export function auctionPage(token: string | null): { status: number; html: string } {
  const handOff = token ? handOffs.get(token) : undefined;
  if (token) handOffs.delete(token);
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const page = (body: string) => `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Auction (mock)</title>
<style>body{font-family:sans-serif;max-width:640px;margin:24px auto;padding:0 16px}.fake{background:#fff3bf;padding:8px;border-radius:6px}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:6px;text-align:left}</style>
</head><body><main><p class="fake">モック: 外部オークションシステムの代わり (mock stand-in of the external auction system)</p>${body}<p><a href="/items">← アズカリに戻る</a></p></main></body></html>`;
  if (!handOff || handOff.expires < Date.now()) {
    return { status: 401, html: page('<h1>サインインできませんでした</h1><p>このリンクは使用済みか、期限切れか、正しくありません。アズカリからもう一度開いてください。</p>') };
  }
  const yen = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('ja-JP')}円`);
  const rows = items
    .filter((item) => item.memberId === handOff.memberId && item.price)
    .map((item) => `<tr><td>${escape(item.number)}</td><td>${escape(String(item.values.title ?? item.values.name ?? ''))}</td><td>${yen(item.price!.currentBid)}</td><td>${yen(item.price!.hammerPrice)}</td></tr>`)
    .join('');
  return {
    status: 200,
    html: page(`<h1>${escape(handOff.name)} さんの出品</h1><table><thead><tr><th>番号</th><th>タイトル</th><th>現在の入札額</th><th>落札価格</th></tr></thead><tbody>${rows || '<tr><td colspan="4">出品中のお品物はありません。</td></tr>'}</tbody></table>`),
  };
}
