import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';
import type { FieldChange } from '../profile/api';

/** 変更依頼 as `GET /api/members/me/change-requests` lists them (newest first). */
export interface OwnChangeRequest {
  id: string;
  kind: 'PROFILE' | 'PAYOUT_ACCOUNT';
  state: 'PENDING' | 'WITHDRAWN' | 'APPROVED' | 'REJECTED';
  changes: FieldChange[];
  requestedAt: string;
  decidedAt: string | null;
  /** Why staff rejected it. */
  rejectionReason: string | null;
}

export const OWN_CHANGE_REQUESTS_PATH = '/api/members/me/change-requests';
export const OWN_CHANGE_REQUESTS_QUERY_KEY = ['members', 'me', 'change-requests'] as const;

export function useOwnChangeRequests() {
  return useQuery({
    queryKey: OWN_CHANGE_REQUESTS_QUERY_KEY,
    queryFn: () => apiFetch<OwnChangeRequest[]>(OWN_CHANGE_REQUESTS_PATH),
  });
}

/** Withdraws one of the member's own pending requests (204; 409 once staff decided it). */
export async function withdrawChangeRequest(id: string): Promise<void> {
  await apiFetch<void>(`${OWN_CHANGE_REQUESTS_PATH}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
