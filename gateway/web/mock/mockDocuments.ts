import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mockVerifications } from './mockMembers.ts';

/**
 * Identity documents and verification for the mock gateway (`vite --mode mock`): the member's own
 * documents (`/api/members/me/documents[...]`, checked by content like member-service) and the staff
 * queue, review and decision. Two made-up members wait in the queue from the start.
 */

type Json = Record<string, unknown>;
interface StoredDocument {
  id: string;
  memberId: string;
  kind: string;
  side: string;
  contentType: string;
  size: number;
  sha256: string;
  review: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  uploadedAt: string;
  reviewedAt: string | null;
  bytes: Buffer;
}
interface Verification {
  state: 'NOT_SUBMITTED' | 'PENDING' | 'VERIFIED' | 'REJECTED';
  reason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  submittedAt: string | null;
}

const MAX_BYTES = 10 * 1024 * 1024;
const documents: StoredDocument[] = [];
/** Made-up members for the staff queue (the signed-in member's profile comes from mockMembers.ts). */
const queueMembers = new Map<string, Json>();

// A 1x1 grey PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');

function seed(id: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, holderKana: string, minutesAgo: number) {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  queueMembers.set(id, {
    email: `${id}@example.com`,
    emailConfirmed: true,
    status: 'PROVISIONAL',
    profile: {
      familyName, givenName, familyNameKana, givenNameKana, birthDate: '1985-06-15', phone: '09011112222',
      address: { postalCode: '150-0002', prefecture: '東京都', city: '渋谷区', line1: '渋谷2-1-1', line2: null }, occupation: '会社員',
    },
    payoutAccount: { bankName: 'みずほ銀行', branchName: '渋谷支店', holderKana },
    version: 4,
  });
  mockVerifications.set(id, { state: 'PENDING', reason: null, decidedAt: null, decidedBy: null, submittedAt: at });
  for (const side of ['FRONT', 'BACK']) {
    documents.push({ id: randomUUID(), memberId: id, kind: 'DRIVING_LICENCE', side, contentType: 'image/png', size: PNG.length, sha256: 'mock', review: 'PENDING', uploadedAt: at, reviewedAt: null, bytes: PNG });
  }
}
seed('mock-member-tanaka', '田中', '一郎', 'タナカ', 'イチロウ', 'タナカ イチロウ', 180);
seed('mock-member-kimura', '木村', '花', 'キムラ', 'ハナ', 'キムラ ハナコ', 60);

function sniff(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.length >= 12 && bytes.subarray(4, 8).toString('latin1') === 'ftyp') {
    const brand = bytes.subarray(8, 12).toString('latin1');
    if (['heic', 'heix', 'heim', 'heis'].includes(brand)) return 'image/heic';
    if (['mif1', 'heif'].includes(brand)) return 'image/heif';
  }
  return null;
}

function summary(d: StoredDocument) {
  const { bytes: _bytes, memberId: _memberId, ...rest } = d;
  return { ...rest, deletable: d.review === 'PENDING' };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.statusCode = status;
  res.setHeader('Content-Type', status >= 400 ? 'application/problem+json' : 'application/json');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, detail: string, extra: Json = {}) {
  send(res, status, { title: detail, status, detail, ...extra });
}

function content(res: ServerResponse, d: StoredDocument | undefined) {
  if (!d) return problem(res, 404, 'There is no such document.', { code: 'document.notFound' });
  res.statusCode = 200;
  res.setHeader('Content-Type', d.contentType);
  res.setHeader('Content-Disposition', `inline; filename="document-${d.id}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(d.bytes);
}

function verificationOf(memberId: string): Verification {
  return mockVerifications.get(memberId) ?? { state: 'NOT_SUBMITTED', reason: null, decidedAt: null, decidedBy: null, submittedAt: null };
}

function review(memberId: string, profileOf: (id: string) => Json | null) {
  const member = queueMembers.get(memberId) ?? profileOf(memberId);
  if (!member) return null;
  const own = documents.filter((d) => d.memberId === memberId);
  const profile = member.profile as Json & { familyNameKana: string | null; givenNameKana: string | null };
  const holder = (member.payoutAccount as { holderKana?: string } | null)?.holderKana ?? null;
  const mismatches: Json[] = [];
  const nameKana = [profile.familyNameKana, profile.givenNameKana].filter(Boolean).join(' ');
  if (holder && nameKana && holder.replace(/\s/g, '') !== nameKana.replace(/\s/g, '')) {
    mismatches.push({ code: 'holderKana.differs', field: 'payoutAccount.holderKana', expected: nameKana, actual: holder });
  }
  for (const field of (member.missingFields as string[] | undefined) ?? []) mismatches.push({ code: 'field.missing', field, expected: null, actual: null });
  if (!member.emailConfirmed) mismatches.push({ code: 'email.unconfirmed', field: 'email', expected: null, actual: null });
  if (own.length === 0) mismatches.push({ code: 'documents.none', field: 'documents', expected: null, actual: null });
  return {
    memberId,
    email: member.email,
    emailConfirmed: !!member.emailConfirmed,
    status: member.status,
    verification: verificationOf(memberId),
    profile,
    payoutAccount: member.payoutAccount,
    documents: own.map(summary),
    mismatches,
    missingFields: member.missingFields ?? [],
    version: member.version ?? 0,
  };
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

/**
 * Answers the documents and verification endpoints; returns false for any other path.
 * `profileOf` gives the signed-in member's record view from mockMembers.ts (or null).
 */
export async function documentsApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  user: { subject: string; name: string; roles: string[] },
  profileOf: (id: string) => Json | null,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const own = /^\/api\/members\/me\/documents(?:\/([^/]+))?(\/content)?$/.exec(path);
  if (own) {
    if (!user.roles.includes('member')) return problem(res, 403, 'Access Denied'), true;
    const [, id, isContent] = own;
    if (!id && method === 'GET') return send(res, 200, documents.filter((d) => d.memberId === user.subject).map(summary)), true;
    if (!id && method === 'POST') {
      const body = await rawBody(req, MAX_BYTES + 64 * 1024);
      if (!body) return problem(res, 413, 'The file is larger than 10 MB.', { code: 'document.tooLarge' }), true;
      let form: FormData;
      try {
        form = await new Request('http://mock/', { method: 'POST', headers: { 'Content-Type': String(req.headers['content-type']) }, body }).formData();
      } catch {
        return problem(res, 400, 'The upload could not be read.', { code: 'upload.malformed' }), true;
      }
      const file = form.get('file');
      if (!(file instanceof Blob)) return problem(res, 400, 'Some fields are not valid.', { errors: [{ field: 'file', code: 'document.missing', message: 'Choose a photo.' }] }), true;
      const bytes = Buffer.from(await file.arrayBuffer());
      if (bytes.length === 0) return problem(res, 400, 'The file is empty.', { code: 'document.empty' }), true;
      if (bytes.length > MAX_BYTES) return problem(res, 413, 'The file is larger than 10 MB.', { code: 'document.tooLarge' }), true;
      const type = sniff(bytes);
      if (!type) return problem(res, 415, 'The file is not a photo (JPEG, PNG, HEIC) or a PDF.', { code: 'document.type' }), true;
      const now = new Date().toISOString();
      const stored: StoredDocument = {
        id: randomUUID(), memberId: user.subject, kind: String(form.get('kind') ?? 'OTHER'), side: String(form.get('side') ?? 'FRONT'),
        contentType: type, size: bytes.length, sha256: 'mock', review: 'PENDING', uploadedAt: now, reviewedAt: null, bytes,
      };
      documents.push(stored);
      const verification = verificationOf(user.subject);
      if (verification.state === 'NOT_SUBMITTED' || verification.state === 'REJECTED') {
        mockVerifications.set(user.subject, { ...verification, state: 'PENDING', reason: null, submittedAt: now });
      }
      return send(res, 201, summary(stored)), true;
    }
    const document = documents.find((d) => d.id === id && d.memberId === user.subject);
    if (isContent && method === 'GET') return content(res, document), true;
    if (!isContent && method === 'DELETE') {
      if (!document) return problem(res, 404, 'There is no such document.'), true;
      if (document.review !== 'PENDING') return problem(res, 409, 'This document has been reviewed already.', { code: 'document.reviewed' }), true;
      documents.splice(documents.indexOf(document), 1);
      if (!documents.some((d) => d.memberId === user.subject && d.review === 'PENDING')) {
        mockVerifications.set(user.subject, { ...verificationOf(user.subject), state: 'NOT_SUBMITTED', submittedAt: null });
      }
      res.statusCode = 204;
      res.end();
      return true;
    }
    return false;
  }
  const staff = /^\/api\/members\/(?:(verifications)|([^/]+)\/(documents(?:\/([^/]+)\/content)?|verification-review|verification))$/.exec(path);
  if (!staff) return false;
  if (!user.roles.includes('staff')) return problem(res, 403, 'Access Denied'), true;
  const [, isQueue, memberId, what, documentId] = staff;
  if (isQueue) {
    const url = new URL(req.url ?? path, 'http://mock');
    const state = url.searchParams.get('state') ?? 'PENDING';
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    const ids = [...mockVerifications.entries()].filter(([, v]) => v.state === state).sort(([, a], [, b]) => String(a.submittedAt).localeCompare(String(b.submittedAt)));
    const entries = ids.map(([id]) => {
      const r = review(id, profileOf)!;
      const p = r.profile as Json;
      return { memberId: id, email: r.email, familyName: p.familyName, givenName: p.givenName, familyNameKana: p.familyNameKana, givenNameKana: p.givenNameKana,
        status: r.status, verification: r.verification.state, submittedAt: r.verification.submittedAt, decidedAt: r.verification.decidedAt,
        documentCount: r.documents.length, mismatchCount: r.mismatches.length };
    });
    send(res, 200, { content: entries.slice(page * size, page * size + size), page: { size, number: page, totalElements: entries.length, totalPages: Math.ceil(entries.length / size) } });
    return true;
  }
  if (what === 'documents' && method === 'GET') return send(res, 200, documents.filter((d) => d.memberId === memberId).map(summary)), true;
  if (documentId && method === 'GET') return content(res, documents.find((d) => d.id === documentId && d.memberId === memberId)), true;
  const current = review(memberId, profileOf);
  if (!current) return problem(res, 404, 'There is no such member.'), true;
  if (what === 'verification-review' && method === 'GET') return send(res, 200, current, { ETag: `"${current.version}"` }), true;
  if (what === 'verification' && method === 'POST') {
    if (!user.roles.includes('kyc-verifier')) return problem(res, 403, 'Access Denied'), true;
    const input = JSON.parse((await rawBody(req, 64 * 1024))?.toString('utf8') || '{}') as { decision?: string; reason?: string };
    if (input.decision !== 'VERIFIED' && input.decision !== 'REJECTED') return problem(res, 400, 'Some fields are not valid.', { errors: [{ field: 'decision', code: 'decision.choice', message: 'Choose VERIFIED or REJECTED.' }] }), true;
    if (input.decision === 'REJECTED' && !input.reason?.trim()) return problem(res, 400, 'Some fields are not valid.', { errors: [{ field: 'reason', code: 'reason.required', message: 'Tell the member why.' }] }), true;
    if (req.headers['if-match'] !== `"${current.version}"`) return problem(res, req.headers['if-match'] ? 409 : 428, 'Someone else changed this record in the meantime.'), true;
    if (current.verification.state !== 'PENDING') return problem(res, 409, 'This member has no documents waiting for a decision.', { code: 'verification.notPending' }), true;
    const now = new Date().toISOString();
    mockVerifications.set(memberId, { ...current.verification, state: input.decision, reason: input.decision === 'REJECTED' ? input.reason!.trim() : null, decidedAt: now, decidedBy: user.subject });
    for (const d of documents) if (d.memberId === memberId && d.review === 'PENDING') Object.assign(d, { review: input.decision === 'VERIFIED' ? 'ACCEPTED' : 'REJECTED', reviewedAt: now });
    const member = queueMembers.get(memberId);
    if (member) member.version = Number(member.version) + 1;
    const next = review(memberId, profileOf)!;
    return send(res, 200, next, { ETag: `"${next.version}"` }), true;
  }
  return false;
}
