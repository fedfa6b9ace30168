import { apiExchange, apiFetch } from '../../shared/api/client';
import type { MemberRecord, ProfileInput } from '../../member/profile/api';
import type { MemberSummary, Page } from '../members/api';

/** 受付方法 of a staff-made application. */
export type ApplicationChannel = 'PHONE' | 'WALK_IN';
export const APPLICATION_CHANNELS: readonly ApplicationChannel[] = ['PHONE', 'WALK_IN'];

/** `POST /api/members/applications`: what staff typed while the customer told them. */
export interface ApplicationInput {
  channel: ApplicationChannel;
  email: string;
  profile: ProfileInput;
  sendConfirmationMail: boolean;
}

export type { MemberSummary } from '../members/api';

/** 201 with the new member's record (MemberView). */
export function submitApplication(input: ApplicationInput): Promise<MemberRecord> {
  return apiFetch<MemberRecord>('/api/members/applications', { method: 'POST', body: input });
}

/** Mails the member a new confirmation link (202). */
export async function resendConfirmationMail(memberId: string): Promise<void> {
  await apiExchange<unknown>(`/api/members/${encodeURIComponent(memberId)}/confirmation-mail`, { method: 'POST' });
}

export const UNCONFIRMED_PAGE_SIZE = 10;
export const UNCONFIRMED_QUERY_KEY = ['members', 'unconfirmed'] as const;

/** The newest members whose email address is not confirmed yet, for staff to phone. */
export function fetchUnconfirmed(): Promise<Page<MemberSummary>> {
  const query = new URLSearchParams({ emailConfirmed: 'false', sort: 'createdAt,desc', size: String(UNCONFIRMED_PAGE_SIZE) });
  return apiFetch<Page<MemberSummary>>(`/api/members?${query.toString()}`);
}
