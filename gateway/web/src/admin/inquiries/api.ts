import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { apiExchange, apiFetch } from '../../shared/api/client';
import { isApiError, problemOf, type ProblemDetail } from '../../shared/api/problem';
import type { Page } from '../members/api';

export const STATES = ['NEW', 'IN_PROGRESS', 'PENDING_CUSTOMER', 'DONE'] as const;
export type InquiryState = (typeof STATES)[number];
/** The inbox's tabs: one per state, then "mine" and "unassigned" (across the open states). */
export const TABS = [...STATES, 'mine', 'unassigned'] as const;
export type InboxTab = (typeof TABS)[number];
export const CHANNELS = ['MEMBER_FORM', 'GUEST_FORM', 'MAIL', 'PHONE'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Person {
  id: string;
  name: string;
}

export interface ReplyLock {
  holderId: string;
  holderName: string;
  since: string;
  expiresAt: string;
}

/** An inquiry as the inbox lists it (InquiryView of inquiry-service). */
export interface InquiryView {
  id: string;
  number: string;
  subject: string;
  channel: Channel | string;
  state: InquiryState;
  customer: { memberId: string | null; name: string; email: string | null; phone: string | null };
  assignee: Person | null;
  labels: string[];
  lastMessageAt: string;
  lastCustomerMessageAt: string | null;
  unanswered: boolean;
  lock: ReplyLock | null;
  readBy: (Person & { at: string })[];
  mergedInto: string | null;
  surveySuppressed: boolean;
  createdAt: string;
  version: number;
}

export type MessageKind = 'CUSTOMER' | 'REPLY' | 'MEMO' | 'NOTE';

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

export interface InquiryMessage {
  id: string;
  kind: MessageKind;
  channel: string | null;
  author: { id: string | null; name: string | null; type: string } | null;
  text: string;
  /** Sanitised by inquiry-service (mail HTML); the only HTML the page ever renders. */
  html: string | null;
  attachments: Attachment[];
  /** Attachments of a customer mail that the intake refused (never stored). */
  refusedAttachments?: { fileName: string; reason: 'too-large' | 'type-not-allowed' | string }[];
  at: string;
  inReplyTo: string | null;
  mailStatus: 'QUEUED' | 'SENT' | 'FAILED' | null;
}

export interface InquiryDetail extends InquiryView {
  messages: InquiryMessage[];
  views: (Person & { at: string })[];
}

export type Counts = Record<InboxTab, number>;

export interface SavedFilterQuery {
  state?: string | null;
  assignee?: string | null;
  label?: string | null;
  channel?: string | null;
  q?: string | null;
  unanswered?: boolean | null;
}

export interface SavedFilter {
  id: string;
  name: string;
  query: SavedFilterQuery;
}

export interface BulkResult {
  inquiryId: string;
  number: string;
  done: boolean;
  problem: (ProblemDetail & { code?: string }) | null;
}

export type BulkAction = 'ASSIGN' | 'LABEL' | 'UNLABEL' | 'CLOSE';

/** A problem of inquiry-service with its `code` (`reply-locked`, `already-answered`). */
export type CodedProblem = ProblemDetail & { code?: string; holderName?: string; lock?: ReplyLock | null };

export const INQUIRIES_KEY = ['admin', 'inquiries'] as const;
export const COUNTS_KEY = [...INQUIRIES_KEY, 'counts'] as const;
export const ALERTS_KEY = [...INQUIRIES_KEY, 'alerts'] as const;
export const detailKey = (id: string) => [...INQUIRIES_KEY, 'detail', id] as const;
const BASE = '/api/inquiries';
const enc = encodeURIComponent;

/** How often the open page looks again (`?peek=true`, not recorded as a view) to show who is replying. */
export const PEEK_MS = 4_000;
/** The lock lasts 2 minutes; the reply box renews it this often while open. */
export const LOCK_RENEW_MS = 30_000;
export const COUNTS_REFRESH_MS = 30_000;
export const ALERTS_REFRESH_MS = 60_000;

export interface InboxFilter {
  state?: string | null;
  assignee?: string | null;
  label?: string | null;
  channel?: string | null;
  memberId?: string | null;
  q?: string | null;
  unanswered?: string | null;
  page?: number | string | null;
  size?: number;
  sort?: string;
}

export function searchOf(filter: InboxFilter): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  return query.toString();
}

export function useInquiryList(filter: InboxFilter) {
  const search = searchOf(filter);
  return useQuery({
    queryKey: [...INQUIRIES_KEY, 'list', search],
    queryFn: () => apiFetch<Page<InquiryView>>(`${BASE}?${search}`),
    placeholderData: keepPreviousData,
    refetchInterval: COUNTS_REFRESH_MS,
  });
}

export function useCounts() {
  return useQuery({ queryKey: COUNTS_KEY, queryFn: () => apiFetch<Counts>(`${BASE}/counts`), refetchInterval: COUNTS_REFRESH_MS });
}

export function useStaff() {
  return useQuery({ queryKey: [...INQUIRIES_KEY, 'staff'], queryFn: () => apiFetch<Person[]>(`${BASE}/staff`), staleTime: 300_000 });
}

export function useLabels() {
  return useQuery({ queryKey: [...INQUIRIES_KEY, 'labels'], queryFn: () => apiFetch<{ label: string; count: number }[]>(`${BASE}/labels`) });
}

export function useSavedFilters() {
  return useQuery({ queryKey: [...INQUIRIES_KEY, 'filters'], queryFn: () => apiFetch<SavedFilter[]>(`${BASE}/filters`) });
}

export function saveFilter(name: string, query: SavedFilterQuery): Promise<SavedFilter> {
  return apiFetch<SavedFilter>(`${BASE}/filters`, { method: 'POST', body: { name, query } });
}

export async function deleteFilter(id: string): Promise<void> {
  await apiFetch<void>(`${BASE}/filters/${enc(id)}`, { method: 'DELETE' });
}

export function useInquiryAlerts() {
  return useQuery({ queryKey: ALERTS_KEY, queryFn: () => apiFetch<{ openedUnanswered: InquiryView[] }>(`${BASE}/alerts`), refetchInterval: ALERTS_REFRESH_MS });
}

export async function bulk(inquiryIds: string[], action: BulkAction, extra: { assigneeId?: string | null; label?: string } = {}): Promise<BulkResult[]> {
  return (await apiFetch<{ results: BulkResult[] }>(`${BASE}/bulk`, { method: 'POST', body: { inquiryIds, action, ...extra } })).results;
}

/** The detail with the version to send back in `If-Match`. */
export interface VersionedInquiry {
  inquiry: InquiryDetail;
  etag: string;
}

function versioned(answer: { data: InquiryDetail; headers: Headers }): VersionedInquiry {
  return { inquiry: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

/**
 * The first load records a view (「誰がいつ開いたか」); the refreshes while the page stays open peek
 * (`?peek=true`) so they neither flood the views nor pretend someone read it again.
 */
export function useInquiryDetail(id: string) {
  // Per opening of the page: the first load of this mount is a view, the rest peek.
  const opened = useRef<string | null>(null);
  return useQuery({
    queryKey: detailKey(id),
    queryFn: async () => {
      const peek = opened.current === id;
      opened.current = id;
      return versioned(await apiExchange<InquiryDetail>(`${BASE}/${enc(id)}${peek ? '?peek=true' : ''}`));
    },
    refetchInterval: PEEK_MS,
    refetchIntervalInBackground: false,
  });
}

export function takeLock(id: string): Promise<ReplyLock> {
  return apiFetch<ReplyLock>(`${BASE}/${enc(id)}/lock`, { method: 'POST' });
}

export async function releaseLock(id: string): Promise<void> {
  await apiFetch<void>(`${BASE}/${enc(id)}/lock`, { method: 'DELETE' });
}

export function takeOverLock(id: string): Promise<ReplyLock> {
  return apiFetch<ReplyLock>(`${BASE}/${enc(id)}/lock/takeover`, { method: 'POST' });
}

export interface ReplyInput {
  text: string;
  inReplyTo: string | null;
  close: boolean;
  state?: 'PENDING_CUSTOMER' | 'DONE';
}

export async function sendReply(id: string, etag: string, input: ReplyInput): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/replies`, { method: 'POST', headers: { 'If-Match': etag }, body: input });
}

export async function addNote(id: string, text: string): Promise<void> {
  await apiFetch<unknown>(`${BASE}/${enc(id)}/notes`, { method: 'POST', body: { text } });
}

export async function changeState(id: string, etag: string, state: InquiryState, surveySuppressed?: boolean): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/state`, { method: 'PUT', headers: { 'If-Match': etag }, body: { state, surveySuppressed } });
}

export async function assign(id: string, etag: string, assigneeId: string | null): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/assignee`, { method: 'PUT', headers: { 'If-Match': etag }, body: { assigneeId } });
}

export async function setLabels(id: string, etag: string, labels: string[]): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/labels`, { method: 'PUT', headers: { 'If-Match': etag }, body: { labels } });
}

export async function linkMember(id: string, etag: string, memberId: string | null): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/member`, { method: 'PUT', headers: { 'If-Match': etag }, body: { memberId } });
}

export async function merge(id: string, etag: string, sourceId: string): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/merge`, { method: 'POST', headers: { 'If-Match': etag }, body: { sourceId } });
}

export interface PhoneMemo {
  memberId?: string | null;
  phone?: string | null;
  name?: string | null;
  inquiryId?: string | null;
  subject: string;
  text: string;
}

export function logPhoneMemo(memo: PhoneMemo): Promise<InquiryView> {
  return apiFetch<InquiryView>(`${BASE}/memos`, { method: 'POST', body: memo });
}

export function attachmentUrl(inquiryId: string, attachmentId: string): string {
  return `${BASE}/${enc(inquiryId)}/attachments/${enc(attachmentId)}`;
}

/** The refusal's code (`reply-locked`, `already-answered`, ...), if the server named one. */
export function codeOf(error: unknown): string | undefined {
  return isApiError(error) ? (problemOf(error) as CodedProblem).code : undefined;
}
