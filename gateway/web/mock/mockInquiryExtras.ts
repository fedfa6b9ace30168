import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * inquiry-service's reply templates, suggestions, customer timeline, reports and satisfaction
 * survey for `vite --mode mock`. The survey page answers without login at `/survey/mock-survey`.
 */

type Json = Record<string, unknown>;

interface Template {
  id: string;
  name: string;
  category: string;
  subject: string | null;
  body: string;
  keywords: string[];
  updatedAt: string;
  version: number;
}

const PLACEHOLDERS = ['customerName', 'requestNumber', 'itemNames', 'status', 'shopName'];
const now = () => new Date().toISOString();
const day = (offset: number) => new Date(Date.now() - offset * 24 * 3600 * 1000);

const templates: Template[] = [
  ['梱包キットのご案内', 'キット', ['キット', '梱包', '段ボール', '箱'], '{{customerName}} 様\n\n梱包キットはお申し込みから2〜3営業日で発送いたします。\nお申し込み番号：{{requestNumber}}（現在の状況：{{status}}）\n\n{{shopName}}'],
  ['お支払い時期のご案内', '精算', ['入金', '振込', '支払', '精算', 'いつ'], '{{customerName}} 様\n\n売上金は毎月末締め、翌月15日にお振り込みいたします。\n\n{{shopName}}'],
  ['お品物の状況のご案内', '商品', ['査定', '状況', '出品', '品物'], '{{customerName}} 様\n\nお申し込み {{requestNumber}} のお品物（{{itemNames}}）は、現在「{{status}}」です。\n\n{{shopName}}'],
  ['ご登録住所の変更', '登録情報', ['住所', '引っ越', '変更', '電話番号'], '{{customerName}} 様\n\nご住所の変更は会員ページの「登録情報」から申請いただけます。\n\n{{shopName}}'],
  ['キャンセル・返却のご案内', 'キャンセル', ['キャンセル', '取り消', '返却', '返送'], '{{customerName}} 様\n\nお申し込み {{requestNumber}} のキャンセルを承りました。\n\n{{shopName}}'],
].map(([name, category, keywords, body], index) => ({
  id: `default-${index + 1}`,
  name: name as string,
  category: category as string,
  subject: null,
  body: body as string,
  keywords: keywords as string[],
  updatedAt: now(),
  version: 0,
}));

const survey = { token: 'mock-survey', number: 'Q-000123', answered: false, score: null as number | null };

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) return res.end();
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: Json = {}) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/problem+json');
  res.end(JSON.stringify({ type: extra.code ? `urn:azukari:problem:${extra.code}` : 'about:blank', title, status, detail, correlationId: randomUUID(), ...extra }));
}

async function json(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json;
  } catch {
    return {};
  }
}

function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((match) => match[1]).filter((name) => !PLACEHOLDERS.includes(name));
}

function fill(text: string): string {
  const values: Record<string, string> = { customerName: '山田 花子', requestNumber: 'R-000123', itemNames: '着物、帯', status: '査定中', shopName: 'Azukari' };
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function suggest(subject: string, body: string) {
  return templates
    .map((template) => ({
      templateId: template.id,
      name: template.name,
      score: template.keywords.reduce((sum, keyword) => sum + (subject.includes(keyword) ? 3 : body.includes(keyword) ? 1 : 0), 0),
    }))
    .filter((suggestion) => suggestion.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}

function timeline(url: URL) {
  const key = url.searchParams.get('memberId') ?? url.searchParams.get('email') ?? url.searchParams.get('phone');
  if (!key) return null;
  const at = (hours: number) => new Date(Date.now() - hours * 3600 * 1000).toISOString();
  return {
    customer: { memberId: '7d3c1f6e-0b7a-4f0e-9a55-2f5c7e0b1a01', name: '山田 花子', email: 'member@example.com', phone: '09012345678' },
    entries: [
      { at: at(1), kind: 'MAIL_SENT', title: 'inquiry-reply', detail: null, link: { type: 'inquiry', id: 'mock-inquiry-1' } },
      { at: at(1.1), kind: 'REPLY', title: 'Q-000123 キットが届きません', detail: '佐藤 一郎', link: { type: 'inquiry', id: 'mock-inquiry-1' } },
      { at: at(3), kind: 'INQUIRY', title: 'Q-000123 キットが届きません', detail: 'MEMBER_FORM', link: { type: 'inquiry', id: 'mock-inquiry-1' } },
      { at: at(30), kind: 'PHONE_MEMO', title: 'Q-000120 入金日の確認', detail: '鈴木 管理', link: { type: 'inquiry', id: 'mock-inquiry-0' } },
      { at: at(48), kind: 'MAIL_FAILED', title: 'request-status', detail: 'mailbox full', link: { type: 'request', id: 'mock-request-1' } },
      { at: at(48.1), kind: 'REQUEST_STATUS', title: 'R-000123', detail: 'キットを発送しました', link: { type: 'request', id: 'mock-request-1' } },
      { at: at(72), kind: 'REQUEST', title: 'R-000123', detail: 'KIT', link: { type: 'request', id: 'mock-request-1' } },
    ],
  };
}

function report(url: URL) {
  const by = url.searchParams.get('by') ?? 'day';
  const groupBy = url.searchParams.get('groupBy');
  const groups = groupBy === 'label' ? ['配送', '精算', ''] : groupBy === 'person' ? ['佐藤 一郎', '鈴木 管理'] : groupBy === 'channel' ? ['MAIL', 'MEMBER_FORM', 'PHONE'] : ['all'];
  const periods = by === 'month' ? ['2026-09', '2026-10', '2026-11'] : by === 'week' ? ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'] : [5, 4, 3, 2, 1, 0].map((offset) => day(offset).toISOString().slice(0, 10));
  const series = periods.flatMap((period, p) =>
    groups.map((group, g) => {
      const first = 30 + ((p * 17 + g * 29) % 90);
      const resolution = 300 + ((p * 131 + g * 97) % 900);
      return { period, group, received: 3 + ((p + g) % 5), resolved: 2 + ((p * 2 + g) % 4), firstResponseMinutesMedian: first, firstResponseMinutesAverage: first + 6.5, resolutionMinutesMedian: resolution, resolutionMinutesAverage: resolution + 42.5 };
    }),
  );
  return { series, open: 12, overdue: 2 };
}

function surveyResults(url: URL) {
  const by = url.searchParams.get('by') ?? 'period';
  const names = by === 'person' ? ['佐藤 一郎', '鈴木 管理'] : by === 'label' ? ['配送', '精算', ''] : ['2026-09', '2026-10', '2026-11'];
  const groups = names.map((group, index) => {
    const scores = [index % 2, 1, 2 + index, 5 + index, 7 - index];
    const answers = scores.reduce((sum, count) => sum + count, 0);
    const average = Math.round((scores.reduce((sum, count, s) => sum + count * (s + 1), 0) / answers) * 100) / 100;
    return { group, answers, average, scores };
  });
  const answers = groups.reduce((sum, group) => sum + group.answers, 0);
  return { groups, sent: answers + 9, answers, average: 4.1 };
}

function csv(res: ServerResponse, name: string, rows: unknown[][]) {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/csv; charset=UTF-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.end('\uFEFF' + rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))).join(',')).join('\r\n') + '\r\n');
}

/** Answers the extras' endpoints; `false` for any other path. */
export async function inquiryExtrasApi(req: IncomingMessage, res: ServerResponse, url: URL, user: { roles: string[] } | undefined): Promise<boolean> {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const surveyPath = /^\/api\/inquiries\/survey\/([^/]+)$/.exec(path);
  if (surveyPath && !['results', 'results.csv'].includes(surveyPath[1])) {
    if (decodeURIComponent(surveyPath[1]) !== survey.token) return problem(res, 404, 'Not Found', 'There is no such survey.', { code: 'survey-not-found' }), true;
    const view = () => ({ number: survey.number, shopName: 'Azukari', answered: survey.answered, score: survey.score });
    if (method === 'GET') return send(res, 200, view()), true;
    if (method === 'POST') {
      const body = await json(req);
      const score = Number(body.score);
      if (!Number.isInteger(score) || score < 1 || score > 5) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'score', code: 'Max', message: '1〜5 で選んでください' }] }), true;
      if (survey.answered) return problem(res, 409, 'Conflict', 'This survey was answered already. Thank you!', { code: 'survey-answered' }), true;
      Object.assign(survey, { answered: true, score });
      return send(res, 200, view()), true;
    }
  }
  const ours = path.startsWith('/api/inquiries/templates') || path === '/api/inquiries/template-suggestions' || /\/template-suggestions$|\/templates\/[^/]+\/render$/.test(path) || path.startsWith('/api/inquiries/timeline') || path.startsWith('/api/inquiries/reports') || path.startsWith('/api/inquiries/survey/');
  if (!ours) return false;
  if (!user) return problem(res, 401, 'Unauthorized', 'Log in to continue.'), true;
  if (!user.roles.includes('staff')) return problem(res, 403, 'Forbidden', 'Access Denied'), true;

  if (path === '/api/inquiries/templates' && method === 'GET') {
    const category = url.searchParams.get('category');
    return send(res, 200, templates.filter((template) => !category || template.category === category)), true;
  }
  const one = /^\/api\/inquiries\/templates(?:\/([^/]+))?$/.exec(path);
  if (one && (method === 'POST' || method === 'PUT' || method === 'DELETE')) {
    const existing = one[1] ? templates.find((template) => template.id === decodeURIComponent(one[1])) : undefined;
    if (one[1] && !existing) return problem(res, 404, 'Not Found', 'There is no such template.'), true;
    if (existing) {
      const ifMatch = req.headers['if-match'];
      if (!ifMatch) return problem(res, 428, 'Precondition Required', 'Send the version you last saw in an If-Match header.'), true;
      if (String(ifMatch).replace(/"/g, '') !== String(existing.version)) return problem(res, 409, 'Conflict', 'Someone changed this record after you loaded it.'), true;
    }
    if (method === 'DELETE' && existing) {
      templates.splice(templates.indexOf(existing), 1);
      return send(res, 204), true;
    }
    const body = await json(req);
    const unknown = unknownPlaceholders(`${body.subject ?? ''}\n${body.body ?? ''}`);
    if (unknown.length) return problem(res, 400, 'Bad Request', `Unknown placeholder ${unknown.map((name) => `{{${name}}}`).join(', ')}.`, { code: 'unknown-placeholder', placeholders: unknown }), true;
    const content = { name: String(body.name ?? ''), category: String(body.category ?? ''), subject: (body.subject as string) || null, body: String(body.body ?? ''), keywords: (body.keywords as string[]) ?? [] };
    if (existing) {
      Object.assign(existing, content, { version: existing.version + 1, updatedAt: now() });
      return send(res, 200, existing, { ETag: `"${existing.version}"` }), true;
    }
    const created = { id: randomUUID(), ...content, updatedAt: now(), version: 0 };
    templates.push(created);
    return send(res, 201, created, { ETag: '"0"' }), true;
  }
  if (path === '/api/inquiries/template-suggestions' && method === 'POST') {
    const body = await json(req);
    return send(res, 200, suggest(String(body.subject ?? ''), String(body.body ?? ''))), true;
  }
  if (/\/template-suggestions$/.test(path) && method === 'GET') {
    return send(res, 200, suggest(url.searchParams.get('subject') ?? '', url.searchParams.get('body') ?? '')), true;
  }
  const render = /^\/api\/inquiries\/[^/]+\/templates\/([^/]+)\/render$/.exec(path);
  if (render && method === 'POST') {
    const template = templates.find((candidate) => candidate.id === decodeURIComponent(render[1]));
    if (!template) return problem(res, 404, 'Not Found', 'There is no such template.'), true;
    return send(res, 200, { subject: template.subject ? fill(template.subject) : null, text: fill(template.body) }), true;
  }
  if (path === '/api/inquiries/timeline' && method === 'GET') {
    const answer = timeline(url);
    return answer ? send(res, 200, answer) : problem(res, 400, 'Bad Request', 'Name the customer: memberId, email or phone.'), true;
  }
  if (path === '/api/inquiries/reports' && method === 'GET') return send(res, 200, report(url)), true;
  if (path === '/api/inquiries/reports.csv' && method === 'GET') {
    const rows = report(url).series.map((row) => Object.values(row));
    return csv(res, 'inquiry-report.csv', [['period', 'group', 'received', 'resolved', 'firstResponseMinutesMedian', 'firstResponseMinutesAverage', 'resolutionMinutesMedian', 'resolutionMinutesAverage'], ...rows]), true;
  }
  if (path === '/api/inquiries/survey/results' && method === 'GET') return send(res, 200, surveyResults(url)), true;
  if (path === '/api/inquiries/survey/results.csv' && method === 'GET') {
    const rows = surveyResults(url).groups.map((group) => [group.group, group.answers, group.average, ...group.scores]);
    return csv(res, 'survey-results.csv', [['group', 'answers', 'average', 'score1', 'score2', 'score3', 'score4', 'score5'], ...rows]), true;
  }
  return false;
}
