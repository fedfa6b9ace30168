import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';
import type { ProblemDetail } from '../../shared/api/problem';
import type { Page } from '../members/api';

/** A text in both languages, as workflow-service sends names and labels. */
export interface Translated {
  ja: string;
  en: string;
}

export interface StatusColor {
  /** `#rrggbb` */
  background: string;
  /** `#rrggbb` */
  text: string;
}

/** One status of a request type as admins configure it. */
export interface StatusDef {
  code: string;
  name: Translated;
  memberLabel: Translated;
  order: number;
  color: StatusColor;
  initial: boolean;
  terminal: boolean;
  retired: boolean;
  mailOnEntry: boolean;
  mailTemplate: string | null;
  timeLimitHours: number | null;
  kitWithMember: boolean;
  itemsReceived: boolean;
  requiresVerifiedMember: boolean;
}

export interface Transition {
  from: string;
  to: string;
}

/** `KIT` (delivery-kit consignment) or `WALK_IN`; the configuration may know more. */
export type RequestType = 'KIT' | 'WALK_IN' | (string & {});

/** A request type with its statuses and allowed transitions (`GET /api/requests/types`). */
export interface RequestTypeConfig {
  type: RequestType;
  name: Translated;
  statuses: StatusDef[];
  transitions: Transition[];
  version: number;
}

export const ATTENTION_KINDS = ['OVERDUE', 'KIT_NOT_RETURNED', 'MAIL_FAILED', 'UNVERIFIED_MEMBER_ITEMS'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];
export type Channel = 'WEB' | 'PHONE' | 'WALK_IN';
export const STAFF_CHANNELS = ['PHONE', 'WALK_IN'] as const;

/** A request as staff see it in the board, the list and the alerts. */
export interface RequestView {
  id: string;
  number: string;
  type: RequestType;
  channel: Channel | string;
  memberId: string;
  memberName: string | null;
  memberVerification: 'NOT_SUBMITTED' | 'PENDING' | 'VERIFIED' | 'REJECTED' | 'UNKNOWN' | string;
  status: { code: string; name: Translated; color: StatusColor; retired: boolean };
  statusSince: string;
  dueAt: string | null;
  overdue: boolean;
  attention: AttentionKind[];
  hold: { note: string; since: string; by: string | null } | null;
  memberMail: boolean;
  mailFailure: { reason: string; at: string } | null;
  note: string | null;
  kitCount: number | null;
  createdAt: string;
  version: number;
}

export interface AllowedTransition {
  to: string;
  name: Translated;
  /** Why the move cannot be made now (e.g. the member is not verified); null when it can. */
  blockedReason: string | null;
}

/** A history entry's status: a code, or (should the service send it so) the status itself. */
export type HistoryStatus = string | { code: string; name?: Translated; color?: StatusColor } | null;

export interface HistoryEntry {
  from: HistoryStatus;
  to: HistoryStatus;
  comment: string | null;
  actor: { id: string | null; name: string | null; type: string } | null;
  at: string;
}

export interface RequestDetail extends RequestView {
  allowedTransitions: AllowedTransition[];
  history: HistoryEntry[];
}

export interface BoardColumn {
  status: StatusDef;
  total: number;
  requests: RequestView[];
}

export interface Board {
  type: RequestType;
  columns: BoardColumn[];
}

export interface BulkResult {
  requestId: string;
  number: string;
  moved: boolean;
  problem: { code: string; detail: string } | null;
}

export interface Alerts {
  counts: Record<AttentionKind, number>;
  requests: RequestView[];
}

/** A problem detail of workflow-service with its `code` (e.g. `illegal-transition`). */
export type CodedProblem = ProblemDetail & { code?: string };

export const REQUESTS_QUERY_KEY = ['admin', 'requests'] as const;
export const TYPES_QUERY_KEY = ['requests', 'types'] as const;
export const ALERTS_QUERY_KEY = [...REQUESTS_QUERY_KEY, 'alerts'] as const;
const BASE = '/api/requests';
const enc = encodeURIComponent;

/** The request types with their statuses (for tabs, names and colours). */
export function useRequestTypes() {
  return useQuery({ queryKey: TYPES_QUERY_KEY, queryFn: () => apiFetch<RequestTypeConfig[]>(`${BASE}/types`), staleTime: 60_000 });
}

export const BOARD_LIMIT = 50;

export function useBoard(type: string | null) {
  return useQuery({
    queryKey: [...REQUESTS_QUERY_KEY, 'board', type],
    queryFn: () => apiFetch<Board>(`${BASE}/board?${new URLSearchParams({ type: type ?? '', limit: String(BOARD_LIMIT) })}`),
    enabled: !!type,
  });
}

export interface RequestFilter {
  type?: string | null;
  status?: string | null;
  attention?: string | null;
  onHold?: string | null;
  q?: string | null;
  memberId?: string | null;
  page?: number;
  size?: number;
  sort?: string;
}

export function useRequestList(filter: RequestFilter, enabled = true) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const search = query.toString();
  return useQuery({
    queryKey: [...REQUESTS_QUERY_KEY, 'list', search],
    queryFn: () => apiFetch<Page<RequestView>>(`${BASE}?${search}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const ALERTS_REFRESH_MS = 60_000;

export function useAlerts() {
  return useQuery({ queryKey: ALERTS_QUERY_KEY, queryFn: () => apiFetch<Alerts>(`${BASE}/alerts`), refetchInterval: ALERTS_REFRESH_MS });
}

/** The detail with the version to send back in `If-Match` (the ETag, or the body's version). */
export interface VersionedDetail {
  request: RequestDetail;
  etag: string;
}

function versioned(answer: { data: RequestDetail; headers: Headers }): VersionedDetail {
  return { request: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

export const detailKey = (id: string) => [...REQUESTS_QUERY_KEY, 'detail', id] as const;

export function useRequestDetail(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: async () => versioned(await apiExchange<RequestDetail>(`${BASE}/${enc(id)}`)) });
}

export async function moveRequest(id: string, etag: string, to: string, comment: string | null): Promise<VersionedDetail> {
  return versioned(await apiExchange<RequestDetail>(`${BASE}/${enc(id)}/transitions`, { method: 'POST', headers: { 'If-Match': etag }, body: { to, comment } }));
}

export async function moveRequests(requestIds: string[], to: string, comment: string | null): Promise<BulkResult[]> {
  return (await apiFetch<{ results: BulkResult[] }>(`${BASE}/transitions`, { method: 'POST', body: { requestIds, to, comment } })).results;
}

/** The hold and member-mail endpoints may answer with the detail or with nothing; either way the page reloads. */
export async function putOnHold(id: string, etag: string, note: string): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/hold`, { method: 'PUT', headers: { 'If-Match': etag }, body: { note } });
}

export async function releaseHold(id: string, etag: string): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/hold`, { method: 'DELETE', headers: { 'If-Match': etag } });
}

export async function switchMemberMail(id: string, etag: string, enabled: boolean): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/member-mail`, { method: 'PUT', headers: { 'If-Match': etag }, body: { enabled } });
}

export async function retryMemberMail(id: string): Promise<void> {
  await apiExchange<unknown>(`${BASE}/${enc(id)}/member-mail/retry`, { method: 'POST' });
}

export interface NewRequest {
  memberId: string;
  type: string;
  channel: (typeof STAFF_CHANNELS)[number];
  kitCount: number | null;
  note: string | null;
}

export function startRequest(input: NewRequest): Promise<RequestView> {
  return apiFetch<RequestView>(BASE, { method: 'POST', body: input });
}

/** The code of a history entry's status. */
export function codeOf(status: HistoryStatus): string | null {
  if (status === null || status === undefined) return null;
  return typeof status === 'string' ? status : status.code;
}
