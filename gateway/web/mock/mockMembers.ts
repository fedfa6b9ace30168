/**
 * A stand-in for member-service's `/api/members/me` (own record, profile, payout account) for the
 * mock gateway: versions with ETag / If-Match (428 without, 409 when stale), field errors with rule
 * codes, and a close imitation of the service's normalisation of what people type (full-width
 * digits, hiragana kana, 〒 and dashes in postal codes, Japanese era dates, prefectures without
 * 都/府/県). member-service (jp.azukari.member.japanese) is the reference; this is only for looking
 * at the web without the Java system.
 */

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

import { allowedActions, divertAccount, divertProfile, type MockMemberLike, pendingFor, refusal } from './mockChanges.ts';

class Rejected extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

interface MockVerification {
  state: 'NOT_SUBMITTED' | 'PENDING' | 'VERIFIED' | 'REJECTED';
  reason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  submittedAt: string | null;
}
/** Verification per member id, set by the documents mock (mockDocuments.ts); the member's record answers with it. */
export const mockVerifications = new Map<string, MockVerification>();

interface StoredMember {
  id: string;
  email: string;
  status: string;
  statusReason?: string | null;
  verification?: { state: string; reason: string | null } | null;
  profile: {
    familyName: string | null;
    givenName: string | null;
    familyNameKana: string | null;
    givenNameKana: string | null;
    birthDate: string | null;
    phone: string | null;
    address: { postalCode: string | null; prefecture: string | null; city: string | null; line1: string | null; line2: string | null };
    occupation: string | null;
  };
  payoutAccount: { bankName: string; branchName: string; accountType: string; accountNumber: string; holderKana: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Sign-up and staff applications (mock/mockSignup.ts); a member who logged in has confirmed it. */
  emailConfirmed?: boolean;
}

const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都',
  '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県',
  '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県',
  '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
];
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u30FC\uFF70';
const ERAS: Record<string, number> = { 明治: 1868, M: 1868, 大正: 1912, T: 1912, 昭和: 1926, S: 1926, 平成: 1989, H: 1989, 令和: 2019, R: 2019 };

function refuseControlCharacters(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : '';
  // Control, format, line/paragraph separators.
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(text)) {
    throw new Rejected('text.controlCharacters', 'Remove line breaks, tabs and other invisible control characters.');
  }
  return text;
}

function foldWidth(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (/\p{Zs}/u.test(c)) out += ' ';
    else if (code >= 0xff61 && code <= 0xff9f) out += c.normalize('NFKC');
    else out += c;
  }
  // Join voiced sound marks with the kana before them (ｶﾞ -> カ゛ -> ガ).
  return out.replace(/(.)[\u3099\u309b]/gu, (all, kana: string) => {
    const joined = (kana + '\u3099').normalize('NFC');
    return joined.length === 1 ? joined : all;
  }).replace(/(.)[\u309a\u309c]/gu, (all, kana: string) => {
    const joined = (kana + '\u309a').normalize('NFC');
    return joined.length === 1 ? joined : all;
  });
}

function squeeze(text: string): string {
  return text.replace(/\p{Zs}+/gu, ' ').trim();
}

function withoutSeparators(text: string): string {
  return [...text].map((c) => (DASHES.includes(c) ? '-' : c)).join('').replace(/[\p{Zs}-]/gu, '');
}

function atMost(text: string, max: number): string {
  if ([...text].length > max) throw new Rejected('text.tooLong', `Use at most ${max} characters.`);
  return text;
}

function plain(raw: unknown, max: number): string | null {
  const text = squeeze(foldWidth(refuseControlCharacters(raw)));
  return text === '' ? null : atMost(text, max);
}

function toKatakana(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if ((code >= 0x3041 && code <= 0x3096) || c === 'ゝ' || c === 'ゞ') out += String.fromCharCode(code + 0x60);
    else if (DASHES.includes(c) && out.length > 0 && /[ァ-ヺー]$/u.test(out)) out += 'ー';
    else out += c;
  }
  return out;
}

function nameKana(raw: unknown): string | null {
  const kana = squeeze(toKatakana(foldWidth(refuseControlCharacters(raw))));
  if (kana === '') return null;
  if (!/^[ァ-ヺー・ヽヾ ]+$/u.test(kana)) throw new Rejected('kana.characters', 'Write this in katakana or hiragana only, e.g. ヤマダ.');
  return atMost(kana, 50);
}

function holderKana(raw: unknown): string | null {
  const kana = squeeze(toKatakana(foldWidth(refuseControlCharacters(raw)))).replace(/\(/g, '（').replace(/\)/g, '）').replace(/\./g, '．');
  if (kana === '') return null;
  if (!/^[ァ-ヴー （）．]+$/u.test(kana)) {
    throw new Rejected('holderKana.characters', 'Write the account holder in katakana as on your bank book, e.g. ヤマダ ハナコ.');
  }
  if (kana.normalize('NFD').length > 30) {
    throw new Rejected('holderKana.tooLong', 'The account holder is too long for a bank transfer (at most 30 half-width characters).');
  }
  return kana;
}

function postalCode(raw: unknown): string | null {
  let code = refuseControlCharacters(raw).normalize('NFKC').trim();
  if (code.startsWith('〒')) code = code.slice(1);
  code = [...code].map((c) => (DASHES.includes(c) ? '-' : c)).join('').replace(/\p{Zs}/gu, '');
  if (code === '') return null;
  const match = /^(\d{3})-?(\d{4})$/.exec(code);
  if (!match) throw new Rejected('postalCode.format', 'Enter the postal code as 7 digits, e.g. 123-4567.');
  return `${match[1]}-${match[2]}`;
}

function phone(raw: unknown): string | null {
  let number = withoutSeparators(refuseControlCharacters(raw).normalize('NFKC')).replace(/[()]/g, '');
  if (number === '') return null;
  if (number.startsWith('+81')) {
    number = number.slice(3);
    if (!number.startsWith('0')) number = `0${number}`;
  }
  if (!/^\+?\d+$/.test(number)) throw new Rejected('phone.characters', 'Enter the phone number in digits, e.g. 090-1234-5678.');
  if (!/^0(?:1\d|[2-9][1-9])\d{7}$/.test(number) && !/^0[2-9]0\d{8}$/.test(number)) {
    throw new Rejected('phone.format', 'Enter a Japanese phone number of 10 or 11 digits starting with 0, e.g. 090-1234-5678.');
  }
  return number;
}

function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Rejected('birthDate.noSuchDay', 'This day does not exist in the calendar.');
  }
  return date.toISOString().slice(0, 10);
}

function birthDate(raw: unknown): string | null {
  const text = refuseControlCharacters(raw).normalize('NFKC').replace(/\p{Zs}/gu, '').toUpperCase();
  if (text === '') return null;
  let iso: string | undefined;
  const western = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(text);
  const japanese = /^(明治|大正|昭和|平成|令和|[MTSHR])(元|\d{1,2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (western) {
    iso = western[2] ? isoDate(+western[1], +western[2], +western[3]) : isoDate(+western[1], +western[4], +western[5]);
  } else if (japanese) {
    const year = ERAS[japanese[1]] + (japanese[2] === '元' ? 1 : +japanese[2]) - 1;
    iso = isoDate(year, +japanese[3], +japanese[4]);
  } else {
    throw new Rejected('birthDate.format', 'Enter the birth date like 1990-04-01.');
  }
  const today = new Date().toISOString().slice(0, 10);
  if (iso > today) throw new Rejected('birthDate.future', 'The birth date cannot be in the future.');
  if (iso < '1900-01-01') throw new Rejected('birthDate.tooEarly', 'Enter a birth date after 1900-01-01.');
  const adult = `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`;
  if (iso > adult) throw new Rejected('birthDate.minor', 'You must be 18 or older to sell to the shop through this service.');
  return iso;
}

function prefecture(raw: unknown): string | null {
  const name = foldWidth(refuseControlCharacters(raw)).replace(/\p{Zs}/gu, '');
  if (name === '') return null;
  const found = PREFECTURES.find((p) => p === name || (p !== '北海道' && p === name + p.slice(-1)));
  if (!found) throw new Rejected('prefecture.unknown', 'Choose one of the 47 prefectures, e.g. 東京都.');
  return found;
}

function accountType(raw: unknown): string | null {
  const text = plain(raw, 20);
  if (text === null) return null;
  const names: Record<string, string[]> = { ORDINARY: ['普通', '普通預金', '総合', '総合口座'], CURRENT: ['当座', '当座預金'], SAVINGS: ['貯蓄', '貯蓄預金'] };
  const found = Object.entries(names).find(([type, japanese]) => type === text.toUpperCase() || japanese.includes(text));
  if (!found) throw new Rejected('accountType.unknown', 'Choose ORDINARY (普通), CURRENT (当座) or SAVINGS (貯蓄).');
  return found[0];
}

function accountNumber(raw: unknown): string | null {
  const number = withoutSeparators(refuseControlCharacters(raw).normalize('NFKC'));
  if (number === '') return null;
  if (!/^\d{7}$/.test(number)) {
    throw new Rejected('accountNumber.format', 'Enter the 7-digit account number; add leading zeros if yours is shorter, e.g. 0012345.');
  }
  return number;
}

class Errors {
  readonly list: FieldError[] = [];

  optional<T>(field: string, normalize: () => T): T | null {
    try {
      return normalize();
    } catch (error) {
      if (!(error instanceof Rejected)) throw error;
      this.list.push({ field, code: error.code, message: error.message });
      return null;
    }
  }

  required<T>(field: string, what: string, normalize: () => T | null): T | null {
    const before = this.list.length;
    const value = this.optional(field, normalize);
    if (value === null && this.list.length === before) this.list.push({ field, code: 'required', message: `Enter ${what}.` });
    return value;
  }
}

const members = new Map<string, StoredMember>();

function provision(subject: string, email: string): StoredMember {
  const now = new Date().toISOString();
  return {
    id: subject,
    email,
    status: 'PROVISIONAL',
    profile: {
      familyName: null,
      givenName: null,
      familyNameKana: null,
      givenNameKana: null,
      birthDate: null,
      phone: null,
      address: { postalCode: null, prefecture: null, city: null, line1: null, line2: null },
      occupation: null,
    },
    payoutAccount: null,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
}

function view(member: StoredMember) {
  const { profile, payoutAccount } = member;
  const required: [string, unknown][] = [
    ['familyName', profile.familyName],
    ['givenName', profile.givenName],
    ['familyNameKana', profile.familyNameKana],
    ['givenNameKana', profile.givenNameKana],
    ['birthDate', profile.birthDate],
    ['phone', profile.phone],
    ['address.postalCode', profile.address.postalCode],
    ['address.prefecture', profile.address.prefecture],
    ['address.city', profile.address.city],
    ['address.line1', profile.address.line1],
    ['occupation', profile.occupation],
    ['payoutAccount', payoutAccount],
  ];
  const missingFields = required.filter(([, value]) => value === null).map(([field]) => field);
  return {
    id: member.id,
    email: member.email,
    status: member.status,
    profile,
    payoutAccount: payoutAccount && {
      bankName: payoutAccount.bankName,
      branchName: payoutAccount.branchName,
      accountType: payoutAccount.accountType,
      maskedAccountNumber: `****${payoutAccount.accountNumber.slice(-3)}`,
      holderKana: payoutAccount.holderKana,
    },
    emailConfirmed: member.emailConfirmed ?? true,
    profileComplete: missingFields.length === 0,
    missingFields,
    version: member.version,
    createdAt: member.createdAt,
    updatedAt: member.updatedAt,
    statusReason: member.statusReason ?? null,
    verification: mockVerifications.get(member.id) ?? member.verification ?? { state: 'NOT_SUBMITTED', reason: null, decidedAt: null, decidedBy: null },
    pendingChangeRequests: pendingFor(member.id),
    allowedActions: allowedActions(member.status),
    erasedAt: (member as { erasedAt?: string | null }).erasedAt ?? null,
  };
}

/** The stored members, for the change request and account status mocks (mock/mockChanges.ts). */
export const mockMemberStore = {
  own(user: { subject: string; email: string }): MockMemberLike {
    const member = members.get(user.subject) ?? provision(user.subject, user.email);
    members.set(user.subject, member);
    return member as unknown as MockMemberLike;
  },
  find(id: string): MockMemberLike | undefined {
    return members.get(id) as unknown as MockMemberLike | undefined;
  },
  view(member: MockMemberLike) {
    return view(member as unknown as StoredMember);
  },
};

export interface MockAnswer {
  status: number;
  /** A member record view, or the fields of a problem detail (title, detail, errors). */
  body: Json;
  etag?: string;
  problem?: boolean;
}

function problem(status: number, title: string, detail: string, extra: Json = {}): MockAnswer {
  return { status, problem: true, body: { title, detail, ...extra } };
}

function answer(member: StoredMember): MockAnswer {
  return { status: 200, body: view(member), etag: `"${member.version}"` };
}

/**
 * `/api/members/me[/profile|/payout-account]` for a signed-in user; null for other paths.
 * `body` is the parsed JSON request body of a PUT.
 */
export function membersApi(
  method: string,
  path: string,
  user: { subject: string; email: string; roles: string[] },
  ifMatch: string | undefined,
  body: unknown,
): MockAnswer | null {
  if (!/^\/api\/members\/me(\/profile|\/payout-account)?$/.test(path)) return null;
  if (!user.roles.includes('member')) return problem(403, 'Forbidden', 'Access Denied');
  const member = members.get(user.subject) ?? provision(user.subject, user.email);
  members.set(user.subject, member);
  if (path === '/api/members/me') {
    return method === 'GET' ? answer(member) : problem(405, 'Method Not Allowed', `${method} is not supported.`);
  }
  if (method !== 'PUT') return problem(405, 'Method Not Allowed', `${method} is not supported.`);
  if (body === null || typeof body !== 'object') return problem(400, 'Bad Request', 'Failed to read request');
  const input = body as Json;
  const errors = new Errors();
  let changed: (() => boolean) | undefined;
  if (path.endsWith('/profile')) {
    const address = (input.address && typeof input.address === 'object' ? input.address : {}) as Json;
    const profile: StoredMember['profile'] = {
      familyName: errors.optional('familyName', () => plain(input.familyName, 50)),
      givenName: errors.optional('givenName', () => plain(input.givenName, 50)),
      familyNameKana: errors.optional('familyNameKana', () => nameKana(input.familyNameKana)),
      givenNameKana: errors.optional('givenNameKana', () => nameKana(input.givenNameKana)),
      birthDate: errors.optional('birthDate', () => birthDate(input.birthDate)),
      phone: errors.optional('phone', () => phone(input.phone)),
      address: {
        postalCode: errors.optional('address.postalCode', () => postalCode(address.postalCode)),
        prefecture: errors.optional('address.prefecture', () => prefecture(address.prefecture)),
        city: errors.optional('address.city', () => plain(address.city, 50)),
        line1: errors.optional('address.line1', () => plain(address.line1, 100)),
        line2: errors.optional('address.line2', () => plain(address.line2, 100)),
      },
      occupation: errors.optional('occupation', () => plain(input.occupation, 50)),
    };
    if (JSON.stringify(profile) !== JSON.stringify(member.profile)) {
      // A verified member's changes of verified fields wait for staff (mock/mockChanges.ts).
      changed = () => {
        const applicable = divertProfile(member as unknown as MockMemberLike, profile);
        if (JSON.stringify(applicable) === JSON.stringify(member.profile)) return false;
        member.profile = applicable;
        return true;
      };
    }
  } else {
    const account = {
      bankName: errors.required('bankName', 'the bank name', () => plain(input.bankName, 50)),
      branchName: errors.required('branchName', 'the branch name', () => plain(input.branchName, 50)),
      accountType: errors.required('accountType', 'the account type', () => accountType(input.accountType)),
      accountNumber: errors.required('accountNumber', 'the account number', () => accountNumber(input.accountNumber)),
      holderKana: errors.required('holderKana', 'the account holder kana', () => holderKana(input.holderKana)),
    };
    if (errors.list.length === 0 && JSON.stringify(account) !== JSON.stringify(member.payoutAccount)) {
      changed = () => {
        const applicable = divertAccount(member as unknown as MockMemberLike, account as Record<string, string>);
        if (JSON.stringify(applicable) === JSON.stringify(member.payoutAccount)) return false;
        member.payoutAccount = applicable as NonNullable<StoredMember['payoutAccount']>;
        return true;
      };
    }
  }
  if (errors.list.length > 0) return problem(400, 'Invalid input', 'Some fields are not valid.', { errors: errors.list });
  // As in member-service: the body is validated first, then the version is looked at.
  if (!ifMatch) {
    return problem(428, 'Precondition Required', 'Send the version you last saw in an If-Match header, e.g. If-Match: "3".');
  }
  const version = /^(?:W\/)?"?(\d{1,18})"?$/.exec(ifMatch.trim());
  if (!version) return problem(400, 'Bad Request', 'The If-Match header must hold the version you last saw, e.g. If-Match: "3".');
  if (Number(version[1]) !== member.version) {
    return problem(409, 'Concurrent change', 'Someone else changed this record in the meantime. Reload it and apply your change again.');
  }
  const refused = refusal(member.status, path.endsWith('/profile') ? 'EDIT_PROFILE' : 'EDIT_PAYOUT_ACCOUNT');
  if (refused) return problem(403, 'Not allowed for this account', refused.detail, { reason: refused.reason });
  if (changed && changed()) {
    member.version += 1;
    member.updatedAt = new Date().toISOString();
  }
  return answer(member);
}

// ---- For the sign-up and staff application mock (mock/mockSignup.ts) ----

/** The profile of a staff application as member-service would store it, or the field errors (`profile.<field>`). */
export function profileOfApplication(raw: unknown): { profile: StoredMember['profile']; errors: FieldError[] } {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Json;
  const address = (input.address && typeof input.address === 'object' ? input.address : {}) as Json;
  const errors = new Errors();
  const profile: StoredMember['profile'] = {
    familyName: errors.optional('familyName', () => plain(input.familyName, 50)),
    givenName: errors.optional('givenName', () => plain(input.givenName, 50)),
    familyNameKana: errors.optional('familyNameKana', () => nameKana(input.familyNameKana)),
    givenNameKana: errors.optional('givenNameKana', () => nameKana(input.givenNameKana)),
    birthDate: errors.optional('birthDate', () => birthDate(input.birthDate)),
    phone: errors.optional('phone', () => phone(input.phone)),
    address: {
      postalCode: errors.optional('address.postalCode', () => postalCode(address.postalCode)),
      prefecture: errors.optional('address.prefecture', () => prefecture(address.prefecture)),
      city: errors.optional('address.city', () => plain(address.city, 50)),
      line1: errors.optional('address.line1', () => plain(address.line1, 100)),
      line2: errors.optional('address.line2', () => plain(address.line2, 100)),
    },
    occupation: errors.optional('occupation', () => plain(input.occupation, 50)),
  };
  return { profile, errors: errors.list.map((error) => ({ ...error, field: `profile.${error.field}` })) };
}

/** Stores a new PROVISIONAL member (id = the subject it logs in with) and answers its view. */
export function addMember(id: string, email: string, profile: StoredMember['profile'] | null, emailConfirmed: boolean, createdAt?: string) {
  const member = provision(id, email);
  if (profile) member.profile = profile;
  member.emailConfirmed = emailConfirmed;
  if (createdAt) member.createdAt = member.updatedAt = createdAt;
  members.set(id, member);
  return view(member);
}

export function findMemberByEmail(email: string): { id: string; emailConfirmed: boolean } | undefined {
  const found = [...members.values()].find((member) => member.email.toLowerCase() === email.toLowerCase());
  return found && { id: found.id, emailConfirmed: found.emailConfirmed ?? true };
}

export function memberById(id: string): { id: string; email: string; emailConfirmed: boolean } | undefined {
  const found = members.get(id);
  return found && { id: found.id, email: found.email, emailConfirmed: found.emailConfirmed ?? true };
}

export function confirmEmail(id: string) {
  const member = members.get(id);
  if (member) member.emailConfirmed = true;
}

/** `GET /api/members` rows (MemberSummary), newest first. */
export function memberSummaries() {
  return [...members.values()]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((member) => ({
      id: member.id,
      email: member.email,
      emailConfirmed: member.emailConfirmed ?? true,
      status: member.status,
      familyName: member.profile.familyName,
      givenName: member.profile.givenName,
      familyNameKana: member.profile.familyNameKana,
      givenNameKana: member.profile.givenNameKana,
      phone: member.profile.phone,
      postalCode: member.profile.address.postalCode,
      prefecture: member.profile.address.prefecture,
      verification: 'NOT_SUBMITTED',
      createdAt: member.createdAt,
      updatedAt: member.updatedAt,
    }));
}

/** The signed-in member's record view by id, for the mock's verification review; null if unknown. */
export function memberViewOf(id: string) {
  const member = members.get(id);
  return member ? { ...view(member), emailConfirmed: true } : null;
}
