import { useQuery } from '@tanstack/react-query';
import { apiExchange, type ApiResponse } from '../../shared/api/client';

/** 会員ステータス as member-service names it. */
export type AccountStatus = 'PROVISIONAL' | 'ACTIVE' | 'PENALIZED' | 'FROZEN' | 'BLACKLISTED' | 'WITHDRAWN';
/** 預金種目. */
export type AccountType = 'ORDINARY' | 'CURRENT' | 'SAVINGS';
export const ACCOUNT_TYPES: readonly AccountType[] = ['ORDINARY', 'CURRENT', 'SAVINGS'];

export interface Address {
  postalCode: string | null;
  prefecture: string | null;
  city: string | null;
  line1: string | null;
  line2: string | null;
}

/** The profile as stored: normalised by the server, empty fields `null`. */
export interface Profile {
  familyName: string | null;
  givenName: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  /** ISO date, e.g. `1990-04-01`. */
  birthDate: string | null;
  /** Digits only, e.g. `09012345678`. */
  phone: string | null;
  address: Address;
  occupation: string | null;
}

/** The payout account as screens see it: the number only ever masked (`****321`). */
export interface PayoutAccountView {
  bankName: string;
  branchName: string;
  accountType: AccountType;
  maskedAccountNumber: string;
  holderKana: string;
}

/** `GET /api/members/me`: the signed-in member's own record. */
export interface MemberRecord {
  id: string;
  email: string;
  status: AccountStatus | string;
  profile: Profile;
  payoutAccount: PayoutAccountView | null;
  profileComplete: boolean;
  /** API field names (`familyName`, `address.postalCode`, `payoutAccount`, ...). */
  missingFields: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Why staff set the status, in words the member reads. */
  statusReason?: string | null;
  /** 本人確認: once VERIFIED, changes of verified data wait for staff (see `pendingChangeRequests`). */
  verification?: { state: 'NOT_SUBMITTED' | 'PENDING' | 'VERIFIED' | 'REJECTED' | string; reason: string | null } | null;
  /** Changes of verified data waiting for staff approval. */
  pendingChangeRequests?: PendingChange[];
  /** What the account status lets the member do (`EDIT_PROFILE`, `REQUEST_KIT`, ...). */
  allowedActions?: MemberAction[];
}

/** Something a member does that the account status may forbid. */
export type MemberAction = 'EDIT_PROFILE' | 'EDIT_PAYOUT_ACCOUNT' | 'UPLOAD_DOCUMENTS' | 'REQUEST_KIT' | 'WITHDRAW';

/** One field of a change request: its value when requested and the requested one (account number masked). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** 変更依頼 waiting for staff, as the member's record lists it. */
export interface PendingChange {
  id: string;
  kind: 'PROFILE' | 'PAYOUT_ACCOUNT';
  changes: FieldChange[];
  requestedAt: string;
}

/** The record and the `ETag` it came with, which the next edit sends back in `If-Match`. */
export interface OwnRecord {
  member: MemberRecord;
  etag: string;
}

/** What `PUT /api/members/me/profile` takes: the whole profile as typed, every field a string. */
export interface ProfileInput {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  phone: string;
  address: { postalCode: string; prefecture: string; city: string; line1: string; line2: string };
  occupation: string;
}

/** What `PUT /api/members/me/payout-account` takes: every field, the account number in full. */
export interface PayoutAccountInput {
  bankName: string;
  branchName: string;
  accountType: string;
  accountNumber: string;
  holderKana: string;
}

export const OWN_RECORD_PATH = '/api/members/me';
export const OWN_RECORD_QUERY_KEY = ['members', 'me'] as const;

function toOwnRecord(answer: ApiResponse<MemberRecord>): OwnRecord {
  const member = answer.data;
  // The ETag is the version in quotes; should a proxy ever drop the header, the body has it too.
  return { member, etag: answer.headers.get('ETag') ?? `"${member.version}"` };
}

export async function fetchOwnRecord(): Promise<OwnRecord> {
  return toOwnRecord(await apiExchange<MemberRecord>(OWN_RECORD_PATH));
}

export async function saveProfile(etag: string, input: ProfileInput): Promise<OwnRecord> {
  return toOwnRecord(
    await apiExchange<MemberRecord>(`${OWN_RECORD_PATH}/profile`, { method: 'PUT', headers: { 'If-Match': etag }, body: input }),
  );
}

export async function savePayoutAccount(etag: string, input: PayoutAccountInput): Promise<OwnRecord> {
  return toOwnRecord(
    await apiExchange<MemberRecord>(`${OWN_RECORD_PATH}/payout-account`, { method: 'PUT', headers: { 'If-Match': etag }, body: input }),
  );
}

export function useOwnRecord({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: OWN_RECORD_QUERY_KEY, queryFn: fetchOwnRecord, enabled });
}
