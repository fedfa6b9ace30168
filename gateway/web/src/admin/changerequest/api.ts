import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';
import type { FieldChange } from '../../shared/components/FieldChangeList';

export type ChangeRequestState = 'PENDING' | 'WITHDRAWN' | 'APPROVED' | 'REJECTED';

/** 変更依頼 as staff see it (`/api/members/change-requests`). */
export interface StaffChangeRequest {
  id: string;
  memberId: string;
  memberName: string | null;
  kind: 'PROFILE' | 'PAYOUT_ACCOUNT';
  state: ChangeRequestState;
  changes: FieldChange[];
  requestedAt: string;
  updatedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  rejectionReason: string | null;
}

export interface ChangeRequestPage {
  content: StaffChangeRequest[];
  page: { size: number; number: number; totalElements: number; totalPages: number };
}

export const CHANGE_REQUESTS_PATH = '/api/members/change-requests';
export const CHANGE_REQUESTS_QUERY_KEY = ['admin', 'change-requests'] as const;

export interface ChangeRequestFilter {
  state?: ChangeRequestState;
  memberId?: string;
  page?: number;
  size?: number;
}

export function fetchChangeRequests(filter: ChangeRequestFilter): Promise<ChangeRequestPage> {
  const query = new URLSearchParams();
  if (filter.state) query.set('state', filter.state);
  if (filter.memberId) query.set('memberId', filter.memberId);
  query.set('page', String(filter.page ?? 0));
  query.set('size', String(filter.size ?? 20));
  return apiFetch<ChangeRequestPage>(`${CHANGE_REQUESTS_PATH}?${query.toString()}`);
}

export function useChangeRequests(filter: ChangeRequestFilter) {
  return useQuery({ queryKey: [...CHANGE_REQUESTS_QUERY_KEY, filter], queryFn: () => fetchChangeRequests(filter) });
}

export function approveChangeRequest(id: string): Promise<StaffChangeRequest> {
  return apiFetch<StaffChangeRequest>(`${CHANGE_REQUESTS_PATH}/${encodeURIComponent(id)}/approval`, { method: 'POST' });
}

export function rejectChangeRequest(id: string, reason: string): Promise<StaffChangeRequest> {
  return apiFetch<StaffChangeRequest>(`${CHANGE_REQUESTS_PATH}/${encodeURIComponent(id)}/rejection`, { method: 'POST', body: { reason } });
}
