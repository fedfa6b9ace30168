import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';
import type { ProblemDetail } from '../../shared/api/problem';
import { reasonKeyOfCode } from '../accountstatus/policy';
import type { Localized } from '../format';

/** Request types of workflow-service. */
export type RequestType = 'KIT' | 'WALK_IN' | string;

/** A status's colours as the shop configured them (`#rrggbb`). */
export interface StatusColor {
  background: string;
  text: string;
}

/** Where a request stands, as the member sees it (the member-facing label, not the staff name). */
export interface MemberRequestStatus {
  code: string;
  label: Localized;
  color: StatusColor;
}

/** A status the request has been in, and since when. */
export interface TimelineEntry {
  status: string;
  label: Localized;
  color: StatusColor;
  at: string;
}

/** `GET /api/requests/me[/{id}]`: one of the member's own requests. */
export interface MemberRequest {
  id: string;
  /** R-000123, the number to quote to the shop. */
  number: string;
  type: RequestType;
  status: MemberRequestStatus;
  statusSince: string;
  /** Staff put the request on hold, e.g. "deliver after the 5th". */
  hold: { note: string; since: string } | null;
  kitCount: number | null;
  note: string | null;
  createdAt: string;
  timeline: TimelineEntry[];
}

/** One status of a request type's configuration (`GET /api/requests/types`). */
export interface StatusDef {
  code: string;
  name: Localized;
  memberLabel: Localized;
  order: number;
  color: StatusColor;
  initial: boolean;
  terminal: boolean;
  retired: boolean;
  itemsReceived: boolean;
  kitWithMember: boolean;
  requiresVerifiedMember: boolean;
}

export interface RequestTypeDef {
  type: RequestType;
  name: Localized;
  statuses: StatusDef[];
  transitions: { from: string; to: string }[];
  version: number;
}

export const MIN_KITS = 1;
export const MAX_KITS = 5;

export const OWN_REQUESTS_PATH = '/api/requests/me';
export const OWN_REQUESTS_QUERY_KEY = ['requests', 'me'] as const;
export const REQUEST_TYPES_QUERY_KEY = ['requests', 'types'] as const;

export function ownRequestQueryKey(id: string) {
  return [...OWN_REQUESTS_QUERY_KEY, id] as const;
}

const byNewest = (a: MemberRequest, b: MemberRequest) => b.createdAt.localeCompare(a.createdAt);

export function useOwnRequests() {
  return useQuery({
    queryKey: OWN_REQUESTS_QUERY_KEY,
    // The service answers newest first; sorted here too, so the page never depends on it.
    queryFn: async () => [...(await apiFetch<MemberRequest[]>(OWN_REQUESTS_PATH))].sort(byNewest),
  });
}

export function useOwnRequest(id: string) {
  return useQuery({ queryKey: ownRequestQueryKey(id), queryFn: () => apiFetch<MemberRequest>(`${OWN_REQUESTS_PATH}/${encodeURIComponent(id)}`) });
}

/** Labels, colours and flags of every status (signed-in members may read them); rarely changes. */
export function useRequestTypes({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: REQUEST_TYPES_QUERY_KEY, queryFn: () => apiFetch<RequestTypeDef[]>('/api/requests/types'), staleTime: 5 * 60_000, enabled });
}

export interface KitRequestInput {
  kitCount: number;
  note: string;
}

export function requestKit(input: KitRequestInput): Promise<MemberRequest> {
  return apiFetch<MemberRequest>(OWN_REQUESTS_PATH, { method: 'POST', body: { type: 'KIT', kitCount: input.kitCount, note: input.note.trim() || null } });
}

/** The timeline oldest first, whatever order it came in. */
export function chronological(timeline: TimelineEntry[]): TimelineEntry[] {
  return [...timeline].sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * What the member may still do with the request's items: add and edit them until the request is
 * over (a terminal status), delete them until the shop has received them. Without the type's
 * configuration everything is offered and the service decides.
 */
export function itemRules(request: MemberRequest, types: RequestTypeDef[] | undefined): { canEdit: boolean; canDelete: boolean } {
  const statuses = types?.find((type) => type.type === request.type)?.statuses;
  if (!statuses) return { canEdit: true, canDelete: true };
  const byCode = new Map(statuses.map((status) => [status.code, status]));
  const current = byCode.get(request.status.code);
  const terminal = current?.terminal ?? false;
  const firstReceived = Math.min(...statuses.filter((status) => status.itemsReceived).map((status) => status.order));
  const received =
    [request.status.code, ...request.timeline.map((entry) => entry.status)].some((code) => byCode.get(code)?.itemsReceived) ||
    (current !== undefined && current.order >= firstReceived);
  return { canEdit: !terminal, canDelete: !terminal && !received };
}

/**
 * The i18n key of an account-status refusal (403 with `reason` such as `status.frozen`, as
 * member-service sends it), or null when the problem is no such refusal.
 */
export function refusalReasonKey(problem: ProblemDetail): string | null {
  const extra = problem as ProblemDetail & { reason?: unknown; code?: unknown };
  return reasonKeyOfCode(extra.reason) ?? reasonKeyOfCode(extra.code);
}
