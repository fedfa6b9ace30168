import { randomUUID } from 'node:crypto';
import { addMember, confirmEmail, findMemberByEmail, memberById, memberSummaries, profileOfApplication } from './mockMembers.ts';

/**
 * A stand-in for member-service's sign-up and staff application API (issue 3) for the mock gateway:
 *  - public `POST /api/members/registrations` (202 always; 3 per address per minute, then 429),
 *    `POST .../confirmations/check` and `POST .../confirmations` (404 link-unknown, 410 link-expired /
 *    link-used, password of at least 8 characters);
 *  - staff `POST /api/members/applications` (409 for a known or blacklisted address / phone),
 *    `POST /api/members/{id}/confirmation-mail`, and `GET /api/members` (only `emailConfirmed`,
 *    `page`, `size` and newest-first are imitated).
 * Mails are not sent: they are listed at `/mock-mail` (and logged), with their links. The tokens
 * `expired` and `used` always answer 410 (to look at those screens). Members who set a password can
 * log in at the mock Keycloak with it.
 */

interface Link {
  email: string;
  purpose: 'REGISTRATION' | 'APPLICATION';
  memberId?: string;
  expiresAt: number;
  used: boolean;
}

interface Mail {
  to: string;
  subject: string;
  text: string;
  link?: string;
  sentAt: string;
}

export interface SignedUpUser {
  subject: string;
  name: string;
  email: string;
  roles: string[];
  password: string;
}

const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
const BLACKLISTED_EMAILS = ['blacklisted@example.com'];
const BLACKLISTED_PHONES = ['09000000000'];
const links = new Map<string, Link>();
const mails: Mail[] = [];
const sendTimes = new Map<string, number[]>();
const signedUp = new Map<string, SignedUpUser>();

/** Logins created by a confirmed link, for the mock Keycloak's form. */
export function signedUpLogin(username: string, password: string | null): Omit<SignedUpUser, 'password'> | undefined {
  const user = signedUp.get(username.trim().toLowerCase());
  if (!user || user.password !== password) return undefined;
  const { password: _secret, ...login } = user;
  return login;
}

export interface SignupAnswer {
  status: number;
  body?: unknown;
  /** Problem detail fields (title, detail, type, code, errors). */
  problem?: Record<string, unknown>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invalid(errors: { field: string; code: string; message: string }[]): SignupAnswer {
  return { status: 400, problem: { title: 'Invalid input', detail: 'Some fields are not valid.', errors } };
}

function linkProblem(status: 404 | 410, code: 'link-unknown' | 'link-expired' | 'link-used', detail: string): SignupAnswer {
  return { status, problem: { type: `https://azukari.jp/problems/${code}`, code, title: status === 404 ? 'Link unknown' : 'Link gone', detail } };
}

function mail(to: string, subject: string, text: string, origin: string, token?: string) {
  const link = token ? `${origin}/signup/confirm#token=${token}` : undefined;
  mails.unshift({ to, subject, text, link, sentAt: new Date().toISOString() });
  console.info(`[mock mail] to ${to}: ${subject}${link ? ` ${link}` : ''}`);
}

function newLink(email: string, purpose: Link['purpose'], memberId?: string): string {
  const token = randomUUID().replace(/-/g, '');
  links.set(token, { email, purpose, memberId, expiresAt: Date.now() + LINK_LIFETIME_MS, used: false });
  return token;
}

function usable(token: unknown): Link | SignupAnswer {
  if (token === 'expired') return linkProblem(410, 'link-expired', 'This link has expired.');
  if (token === 'used') return linkProblem(410, 'link-used', 'This link has already been used.');
  const link = typeof token === 'string' ? links.get(token) : undefined;
  if (!link) return linkProblem(404, 'link-unknown', 'This link is not known.');
  if (link.used) return linkProblem(410, 'link-used', 'This link has already been used.');
  if (link.expiresAt < Date.now()) return linkProblem(410, 'link-expired', 'This link has expired.');
  return link;
}

function tooOften(email: string): boolean {
  const now = Date.now();
  const recent = (sendTimes.get(email) ?? []).filter((at) => now - at < 60_000);
  recent.push(now);
  sendTimes.set(email, recent);
  return recent.length > 3;
}

function isKnown(email: string, knownLogins: (email: string) => boolean): boolean {
  return knownLogins(email) || signedUp.has(email) || !!findMemberByEmail(email);
}

/** The public sign-up endpoints; null for other paths. */
export function signupApi(method: string, path: string, body: unknown, origin: string, knownLogins: (email: string) => boolean): SignupAnswer | null {
  if (!path.startsWith('/api/members/registrations')) return null;
  if (method !== 'POST') return { status: 405, problem: { title: 'Method Not Allowed', detail: `${method} is not supported.` } };
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (path === '/api/members/registrations') {
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    if (!EMAIL.test(email)) return invalid([{ field: 'email', code: 'Email', message: 'must be a well-formed email address' }]);
    if (input.language !== 'ja' && input.language !== 'en') {
      return invalid([{ field: 'language', code: 'Pattern', message: 'must be ja or en' }]);
    }
    if (tooOften(email)) return { status: 429, problem: { title: 'Too Many Requests', detail: 'Too many mails to this address. Try again in a minute.' } };
    // The answer is the same either way; only the mail differs.
    if (isKnown(email, knownLogins) || BLACKLISTED_EMAILS.includes(email)) {
      mail(email, 'You already have an account', 'Someone asked to sign up with this address. Log in, or reset your password.', origin);
    } else {
      const pending = [...links.entries()].find(([, link]) => link.email === email && !link.used && link.purpose === 'REGISTRATION');
      const token = pending ? pending[0] : newLink(email, 'REGISTRATION');
      if (pending) pending[1].expiresAt = Date.now() + LINK_LIFETIME_MS;
      mail(email, 'Confirm your email address', 'Open the link to choose your password.', origin, token);
    }
    return { status: 202 };
  }
  if (path === '/api/members/registrations/confirmations/check') {
    const link = usable(input.token);
    if (!('email' in link)) return link;
    return { status: 200, body: { email: link.email, purpose: link.purpose } };
  }
  if (path === '/api/members/registrations/confirmations') {
    const password = typeof input.password === 'string' ? input.password : '';
    if ([...password].length < 8) return invalid([{ field: 'password', code: 'Size', message: 'Use at least 8 characters.' }]);
    const link = usable(input.token);
    if (!('email' in link)) return link;
    link.used = true;
    let subject = link.memberId;
    if (subject) {
      confirmEmail(subject);
    } else {
      subject = randomUUID();
      addMember(subject, link.email, null, true);
    }
    signedUp.set(link.email, { subject, name: link.email, email: link.email, roles: ['member'], password });
    return { status: 201, body: { email: link.email } };
  }
  return { status: 404, problem: { title: 'Not Found', detail: `No mock for ${method} ${path}.` } };
}

/** The staff endpoints of issue 3 this mock knows; null for other paths. */
export function applicationsApi(
  method: string,
  url: URL,
  body: unknown,
  roles: string[],
  origin: string,
  knownLogins: (email: string) => boolean,
): SignupAnswer | null {
  const path = url.pathname;
  const resend = /^\/api\/members\/([^/]+)\/confirmation-mail$/.exec(path);
  const handled = (path === '/api/members' && method === 'GET') || (path === '/api/members/applications' && method === 'POST') || (resend && method === 'POST');
  if (!handled) return null;
  if (!roles.includes('staff')) return { status: 403, problem: { title: 'Forbidden', detail: 'Access Denied' } };

  if (path === '/api/members') {
    const size = Math.min(Math.max(Number(url.searchParams.get('size') ?? 20) || 20, 1), 100);
    const number = Math.max(Number(url.searchParams.get('page') ?? 0) || 0, 0);
    const confirmed = url.searchParams.get('emailConfirmed');
    // As member-service: q matches name, kana, phone, email or postal code (spaces and dashes ignored).
    const fold = (text: string) => text.normalize('NFKC').replace(/[\s-]/g, '').toLowerCase();
    const q = fold(url.searchParams.get('q') ?? '');
    const matches = (row: ReturnType<typeof memberSummaries>[number]) =>
      [row.familyName, row.givenName, row.familyNameKana, row.givenNameKana, row.phone, row.email, row.postalCode].some((value) => !!value && fold(value).includes(q)) ||
      fold(`${row.familyName ?? ''}${row.givenName ?? ''}`).includes(q) ||
      fold(`${row.familyNameKana ?? ''}${row.givenNameKana ?? ''}`).includes(q);
    const rows = memberSummaries().filter((row) => (confirmed === null || String(row.emailConfirmed) === confirmed) && (!q || matches(row)));
    return {
      status: 200,
      body: {
        content: rows.slice(number * size, number * size + size),
        page: { size, number, totalElements: rows.length, totalPages: Math.ceil(rows.length / size) },
      },
    };
  }

  if (resend) {
    const member = memberById(decodeURIComponent(resend[1]));
    if (!member) return { status: 404, problem: { title: 'Not Found', detail: 'No such member.' } };
    if (member.emailConfirmed) return { status: 409, problem: { title: 'Conflict', detail: 'This member has already confirmed the address.' } };
    if (tooOften(member.email)) return { status: 429, problem: { title: 'Too Many Requests', detail: 'Too many mails to this address. Try again in a minute.' } };
    mail(member.email, 'Confirm your email address', 'The shop registered you. Open the link to confirm and choose a password.', origin, newLink(member.email, 'APPLICATION', member.id));
    return { status: 202 };
  }

  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const errors: { field: string; code: string; message: string }[] = [];
  if (input.channel !== 'PHONE' && input.channel !== 'WALK_IN') errors.push({ field: 'channel', code: 'NotNull', message: 'must be PHONE or WALK_IN' });
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
  if (!EMAIL.test(email)) errors.push({ field: 'email', code: 'Email', message: 'must be a well-formed email address' });
  const { profile, errors: profileErrors } = profileOfApplication(input.profile);
  errors.push(...profileErrors);
  if (errors.length > 0) return invalid(errors);
  if (BLACKLISTED_EMAILS.includes(email) || (profile.phone && BLACKLISTED_PHONES.includes(profile.phone))) {
    return { status: 409, problem: { title: 'Conflict', code: 'blacklisted', detail: 'This email address or phone number belongs to a blacklisted customer.' } };
  }
  if (isKnown(email, knownLogins)) {
    return { status: 409, problem: { title: 'Conflict', code: 'email-registered', detail: 'A member with this email address already exists.' } };
  }
  const id = randomUUID();
  const view = addMember(id, email, profile, false);
  if (input.sendConfirmationMail !== false) {
    mail(email, 'Confirm your email address', 'The shop registered you. Open the link to confirm and choose a password.', origin, newLink(email, 'APPLICATION', id));
  }
  return { status: 201, body: view };
}

/** A few staff-made members who have not confirmed their address yet, so the front page has something to show. */
export function seedUnconfirmedMembers() {
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
  const seed = [
    { email: 'tanaka.taro@example.com', familyName: '田中', givenName: '太郎', familyNameKana: 'タナカ', givenNameKana: 'タロウ', phone: '09011112222', at: hoursAgo(2) },
    { email: 'kimura@example.jp', familyName: '木村', givenName: '恵子', familyNameKana: 'キムラ', givenNameKana: 'ケイコ', phone: '0312345678', at: hoursAgo(26) },
    { email: 'walkin.guest@example.com', familyName: null, givenName: null, familyNameKana: null, givenNameKana: null, phone: null, at: hoursAgo(50) },
  ];
  for (const entry of seed) {
    if (findMemberByEmail(entry.email)) continue;
    const { profile } = profileOfApplication({ ...entry, address: {} });
    addMember(randomUUID(), entry.email, profile, false, entry.at);
  }
}

/** `/mock-mail`: the mails the mock would have sent, newest first, with their links. */
export function mailPage(): string {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = mails
    .map(
      (m) => `<li><p><strong>${escape(m.subject)}</strong> to ${escape(m.to)} <small>${escape(m.sentAt)}</small></p><p>${escape(m.text)}</p>${
        m.link ? `<p><a href="${escape(m.link)}">${escape(m.link)}</a></p>` : ''
      }</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Mock mailbox - azukari</title><style>body{font-family:sans-serif;max-width:720px;margin:24px auto;padding:0 16px}li{margin-bottom:16px;word-break:break-all}</style></head>
<body><h1>Mock mailbox</h1><p>Mails the mock gateway would have sent (newest first). Tokens <code>expired</code> and <code>used</code> show the 410 screens:
<a href="/signup/confirm#token=expired">expired</a>, <a href="/signup/confirm#token=used">used</a>.</p>
<ul>${items || '<li>No mail yet.</li>'}</ul></body></html>`;
}
