import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';

export type InquiryState = 'NEW' | 'IN_PROGRESS' | 'PENDING_CUSTOMER' | 'DONE';

/** One of the member's own inquiries (`GET /api/inquiries/me`). */
export interface OwnInquiry {
  id: string;
  number: string;
  subject: string;
  state: InquiryState;
  lastMessageAt: string;
  unread: boolean;
}

export interface OwnMessage {
  id: string;
  kind: 'CUSTOMER' | 'REPLY';
  text: string;
  at: string;
}

export interface OwnInquiryDetail extends OwnInquiry {
  messages: OwnMessage[];
}

export const OWN_INQUIRIES_KEY = ['inquiries', 'me'] as const;
export const UNREAD_KEY = [...OWN_INQUIRIES_KEY, 'unread'] as const;
const BASE = '/api/inquiries/me';
export const SUBJECT_MAX = 200;
export const TEXT_MAX = 5000;
export const UNREAD_REFRESH_MS = 60_000;

export function useOwnInquiries() {
  return useQuery({
    queryKey: OWN_INQUIRIES_KEY,
    queryFn: async () => [...(await apiFetch<OwnInquiry[]>(BASE))].sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt)),
  });
}

/** Opening the thread marks the shop's replies read (the server does it with the GET). */
export function useOwnInquiry(id: string) {
  return useQuery({ queryKey: [...OWN_INQUIRIES_KEY, 'detail', id], queryFn: () => apiFetch<OwnInquiryDetail>(`${BASE}/${encodeURIComponent(id)}`) });
}

export function useUnreadCount(enabled: boolean) {
  return useQuery({ queryKey: UNREAD_KEY, queryFn: () => apiFetch<{ count: number }>(`${BASE}/unread`), enabled, refetchInterval: UNREAD_REFRESH_MS });
}

export function startInquiry(input: { subject: string; text: string; requestId?: string | null }): Promise<OwnInquiry> {
  return apiFetch<OwnInquiry>(BASE, { method: 'POST', body: input });
}

export async function writeMessage(id: string, text: string): Promise<void> {
  await apiFetch<unknown>(`${BASE}/${encodeURIComponent(id)}/messages`, { method: 'POST', body: { text } });
}

export interface GuestChallenge {
  id: string;
  question: string;
}

export function fetchChallenge(): Promise<GuestChallenge> {
  return apiFetch<GuestChallenge>('/api/inquiries/guest/challenge');
}

export interface GuestInquiry {
  name: string;
  email: string;
  phone?: string | null;
  subject: string;
  text: string;
  challengeId: string;
  answer: string;
}

export async function sendGuestInquiry(input: GuestInquiry): Promise<void> {
  await apiFetch<unknown>('/api/inquiries/guest', { method: 'POST', body: input });
}
