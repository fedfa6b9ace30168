import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';
import type { StartedJob } from '../items/api';

/** Who did it, as audit-service recorded them. */
export interface AuditActor {
  id: string | null;
  type: 'member' | 'staff' | 'system' | string;
  name: string | null;
}

/** One changed field of an event; values as the event carried them (masked where the contract says). */
export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One immutable audit record (audit-service RecordView). */
export interface AuditRecord {
  eventId: string;
  time: string;
  recordedAt: string;
  type: string;
  action: string;
  service: string;
  entityType: string;
  entityId: string;
  actor: AuditActor;
  correlationId: string | null;
  changes: AuditChange[];
  data: Record<string, unknown> | null;
  chain: { stream: string; sequence: number; hash: string; previousHash: string | null };
  /** The client address of the request that caused the event; none for the system's own work. */
  clientAddress?: string | null;
  /** Set once the member's personal data was erased: the values are gone, the field names remain. */
  erased?: { at: string } | null;
}

export interface AuditSlice<T> {
  content: T[];
  next: string | null;
}

/** The search criteria, as the page keeps them in its address and the API takes them. */
export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  actor?: string;
  action?: string;
  /** ISO-8601 instants. */
  from?: string;
  to?: string;
  q?: string;
}

export const FILTER_KEYS = ['entityType', 'entityId', 'actorId', 'actor', 'action', 'from', 'to', 'q'] as const;

/** The filter without empty criteria (what the search and the export send). */
export function cleanFilter(filter: AuditFilter): AuditFilter {
  const clean: AuditFilter = {};
  for (const key of FILTER_KEYS) {
    const value = filter[key]?.trim();
    if (value) clean[key] = value;
  }
  return clean;
}

export function recordsQuery(filter: AuditFilter, cursor: string | null, size: number): string {
  const params = new URLSearchParams(cleanFilter(filter) as Record<string, string>);
  if (cursor) params.set('cursor', cursor);
  params.set('size', String(size));
  return `/api/audit/records?${params.toString()}`;
}

/** Newest first, a slice at a time along the opaque `next` cursor. */
export function useAuditRecords(filter: AuditFilter, size = 50, enabled = true) {
  const clean = cleanFilter(filter);
  return useInfiniteQuery({
    queryKey: ['admin', 'audit', 'records', clean, size],
    queryFn: ({ pageParam }) => apiFetch<AuditSlice<AuditRecord>>(recordsQuery(clean, pageParam, size)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
    enabled,
  });
}

/**
 * Events of the inquiry-service whose subject is not an inquiry (audit-service files them under the
 * service's entity type `inquiry`), and the settings page each belongs to.
 */
const INQUIRY_SETTINGS_PAGES: Record<string, string> = {
  'inquiry.ReplyTemplateChanged': '/settings/inquiry-templates',
  'inquiry.BusinessHoursChanged': '/settings/business-hours',
};

/** Where a record's entity has a page in the console, or null; `type` is the record's event type. */
export function entityPath(entityType: string, entityId: string, type?: string): string | null {
  const id = encodeURIComponent(entityId);
  if (type && type in INQUIRY_SETTINGS_PAGES) return INQUIRY_SETTINGS_PAGES[type];
  switch (entityType) {
    case 'member':
      return `/members/${id}`;
    case 'request':
      return `/requests/${id}`;
    case 'item':
      return `/items/${id}`;
    case 'inquiry':
      return `/inquiries/${id}`;
    default:
      return null;
  }
}

// ---- Export ----

export type AuditExportFormat = 'CSV' | 'XLSX';

export async function startAuditExport(filter: AuditFilter, format: AuditExportFormat): Promise<StartedJob> {
  const path = '/api/audit/exports';
  const answer = await apiExchange<StartedJob['job']>(path, { method: 'POST', body: { filter: cleanFilter(filter), format } });
  return { job: answer.data, path: pollPath(path, answer.headers, answer.data.id) };
}

function pollPath(path: string, headers: Headers, id: string): string {
  const location = headers.get('Location');
  const sameOrigin = location ? new URL(location, window.location.origin) : null;
  return sameOrigin && sameOrigin.origin === window.location.origin ? sameOrigin.pathname : `${path}/${encodeURIComponent(id)}`;
}

// ---- Verification of the hash chain ----

/** Why a link is broken, as audit-service names it (others are shown as they come). */
export const BROKEN_LINK_REASONS = ['content-changed', 'record-missing', 'link-broken', 'truncated'] as const;

export interface BrokenLink {
  stream: string;
  sequence: number;
  eventId: string;
  reason: (typeof BROKEN_LINK_REASONS)[number] | string;
}

export interface Verification {
  id: string;
  state: 'RUNNING' | 'DONE' | 'FAILED' | string;
  checked: number;
  total: number;
  firstBroken: BrokenLink | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface StartedVerification {
  verification: Verification;
  path: string;
}

export async function startVerification(): Promise<StartedVerification> {
  const path = '/api/audit/verifications';
  const answer = await apiExchange<Verification>(path, { method: 'POST' });
  return { verification: answer.data, path: pollPath(path, answer.headers, answer.data.id) };
}

/** Polls a verification every second while it runs. */
export function useVerification(started: StartedVerification | null) {
  return useQuery({
    queryKey: ['admin', 'audit', 'verification', started?.path],
    queryFn: () => apiFetch<Verification>(started!.path),
    enabled: started !== null,
    initialData: started?.verification,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? 1000 : false),
  });
}

// ---- Dead letters ----

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: number;
  key: string | null;
  reason: string;
  payload: string | null;
  at: string;
}

export function useDeadLetters(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['admin', 'audit', 'dead-letters'],
    queryFn: ({ pageParam }) => apiFetch<AuditSlice<DeadLetter>>(`/api/audit/dead-letters${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
    enabled,
  });
}
