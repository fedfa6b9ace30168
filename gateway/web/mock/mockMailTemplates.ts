/**
 * The mock gateway's mail templates (mock/mockMail.ts): kinds with their placeholders, the shipped
 * defaults, and a small Mustache subset (variables, sections, inverted sections; HTML escaped in the
 * HTML part) to check and preview drafts. No Node APIs, so page tests can use it too.
 */

export type Json = Record<string, unknown>;
export type Parts = { subject: string; text: string; html: string };

interface Placeholder {
  name: string;
  description: { ja: string; en: string };
  sample: unknown;
}

export interface Template extends Parts {
  kind: string;
  language: string;
  placeholders: Placeholder[];
  updatedAt: string | null;
  updatedBy: string | null;
  version: number;
}

const p = (name: string, ja: string, en: string, sample: unknown): Placeholder => ({ name, description: { ja, en }, sample });
const NAME = p('name', '宛先のお名前', "The recipient's name", '山田 花子');
const LINK = p('link', 'リンク', 'Link', 'https://azukari.example/profile');
const INQUIRY = [NAME, p('subject', '件名', 'Subject', 'Re: 査定について'), p('text', '本文', 'Body', 'お問い合わせありがとうございます。'), p('link', 'リンク', 'Link', '')];

export const KINDS: Record<string, Placeholder[]> = {
  'confirmation-link': [NAME, p('email', 'メールアドレス', 'E-mail', 'hanako@example.com'), p('link', '確認リンク', 'Link', 'https://azukari.example/signup/confirm#token=sample'), p('expiresAt', '有効期限', 'Expires', '2026年12月1日 18:00'), p('signUp', '会員登録のとき', 'Flag: sign-up', true), p('staffApplication', '電話・店頭申し込み', 'Flag: phone application', false), p('importInvitation', '移行会員の招待', 'Flag: import', false), p('alreadyRegistered', '登録済み', 'Flag: already registered', false)],
  'request-status': [NAME, p('number', 'お申し込み番号', 'Request number', 'R-000123'), p('statusLabel', '新しい状況', 'New status', 'キットを発送しました'), p('link', 'お申し込みのページ', "The request's page", 'https://azukari.example/requests/sample')],
  'verification-result': [NAME, p('verified', '確認できたとき', 'Flag: verified', true), p('rejected', '確認できなかったとき', 'Flag: rejected', false), p('reason', '理由', 'Reason', '書類の文字が読み取れませんでした'), LINK],
  'change-request-decision': [NAME, p('approved', '承認', 'Flag: approved', true), p('rejected', '却下', 'Flag: rejected', false), p('profile', '登録情報', 'Flag: profile', true), p('payoutAccount', '振込先', 'Flag: payout account', false), p('reason', '理由', 'Reason', ''), p('reverification', '本人確認のやり直し', 'Flag: re-verification', false), LINK],
  'inquiry-reply': INQUIRY,
  'inquiry-acknowledgement': INQUIRY,
  'inquiry-survey': INQUIRY,
};

const GREETING = { ja: '{{#name}}{{name}} 様{{/name}}{{^name}}お客様{{/name}}', en: '{{#name}}Dear {{name}},{{/name}}{{^name}}Dear customer,{{/name}}' };

export function defaults(kind: string, language: 'ja' | 'en'): Parts {
  const greeting = GREETING[language];
  const body: Record<string, { subject: string; text: string }> = {
    'confirmation-link': { subject: language === 'ja' ? '【Azukari】メールアドレスの確認' : '[Azukari] Confirm your address', text: '{{link}}\n{{expiresAt}}' },
    'request-status': { subject: language === 'ja' ? '【Azukari】お申し込み {{number}} の状況：{{statusLabel}}' : '[Azukari] Your request {{number}}: {{statusLabel}}', text: language === 'ja' ? 'お申し込み {{number}} の状況が「{{statusLabel}}」になりました。\n{{link}}' : 'Your request {{number}} is now: {{statusLabel}}\n{{link}}' },
    'verification-result': { subject: language === 'ja' ? '【Azukari】本人確認の結果' : '[Azukari] Identity verification', text: '{{#verified}}OK{{/verified}}{{#rejected}}{{reason}}{{/rejected}}\n{{link}}' },
    'change-request-decision': { subject: language === 'ja' ? '【Azukari】変更申請の結果' : '[Azukari] Your change request', text: '{{#approved}}OK{{/approved}}{{#rejected}}{{reason}}{{/rejected}}\n{{link}}' },
    'inquiry-reply': { subject: '{{subject}}', text: '{{text}}' },
    'inquiry-acknowledgement': { subject: '{{subject}}', text: '{{text}}' },
    'inquiry-survey': { subject: '{{subject}}', text: '{{text}}\n{{link}}' },
  };
  const { subject, text } = body[kind];
  return { subject, text: `${greeting}\n\n${text}\n\nAzukari`, html: `<p>${greeting}</p>\n<p>${text.replace(/\n/g, '<br>')}</p>\n<p>Azukari</p>` };
}

export const templates = new Map<string, Template>();
function seed() {
  for (const kind of Object.keys(KINDS)) {
    for (const language of ['ja', 'en'] as const) {
      templates.set(`${kind}.${language}`, { kind, language, ...defaults(kind, language), placeholders: KINDS[kind], updatedAt: null, updatedBy: null, version: 0 });
    }
  }
}
seed();

const TAG = /\{\{\s*([#^/>]?)\s*([\w.-]+)\s*\}\}/g;

/** The unknown name a template uses, or `null`; an unbalanced section answers a syntax error. */
export function check(kind: string, parts: Parts): Json | null {
  const names = new Set(KINDS[kind].map((placeholder) => placeholder.name));
  for (const part of ['subject', 'text', 'html'] as const) {
    const open: string[] = [];
    for (const match of (parts[part] ?? '').matchAll(TAG)) {
      const [, sigil, name] = match;
      if (sigil === '>' || !names.has(name)) return { code: 'unknown-placeholder', placeholder: sigil === '>' ? `>${name}` : name, part, detail: `The ${part} template uses {{${name}}}, which ${kind} mails do not have.` };
      if (sigil === '#' || sigil === '^') open.push(name);
      if (sigil === '/' && open.pop() !== name) return { code: 'template-syntax', part, detail: `Section close tag with mismatched open tag '${name}'` };
    }
    if (open.length > 0) return { code: 'template-syntax', part, detail: `Section missing close tag '${open[open.length - 1]}'` };
  }
  return null;
}

export const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function render(source: string, model: Json, html: boolean): string {
  const sections = /\{\{\s*([#^])\s*([\w.-]+)\s*\}\}([\s\S]*?)\{\{\s*\/\s*\2\s*\}\}/g;
  let out = source;
  for (let i = 0; i < 5; i++) out = out.replace(sections, (_, sigil: string, name: string, inner: string) => ((sigil === '#') === !!model[name] ? inner : ''));
  return out.replace(TAG, (_, _sigil: string, name: string) => {
    const value = model[name] === undefined || model[name] === null ? '' : String(model[name]);
    return html ? escape(value) : value;
  });
}

export function preview(kind: string, parts: Parts): Parts {
  const model = Object.fromEntries(KINDS[kind].map((placeholder) => [placeholder.name, placeholder.sample]));
  return { subject: render(parts.subject, model, false).replace(/\s+/g, ' ').trim(), text: render(parts.text, model, false), html: render(parts.html, model, true) };
}

