import { useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';
import type { MemberRecord } from '../../member/profile/api';

export const STATUSES = ['PROVISIONAL', 'ACTIVE', 'PENALIZED', 'FROZEN', 'BLACKLISTED', 'WITHDRAWN'] as const;
export const VERIFICATION_STATES = ['NOT_SUBMITTED', 'PENDING', 'VERIFIED', 'REJECTED'] as const;
/** Columns `GET /api/members` sorts by (anything else is a 400 problem). */
export const SORTABLE = ['nameKana', 'status', 'createdAt', 'updatedAt'] as const;

/** One line of the staff member list. */
export interface MemberSummary {
  id: string;
  email: string | null;
  emailConfirmed: boolean;
  status: string;
  familyName: string | null;
  givenName: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  phone: string | null;
  postalCode: string | null;
  prefecture: string | null;
  verification: string;
  createdAt: string;
  updatedAt: string;
  /** Set once the member's personal data was erased (privacy). */
  erasedAt?: string | null;
}

export interface Page<T> {
  content: T[];
  page: { size: number; number: number; totalElements: number; totalPages: number };
}

/** The list's query as it stands in the page's URL (`?q=&status=&page=&sort=`). */
export function useMemberList(params: URLSearchParams) {
  const query = new URLSearchParams();
  for (const key of ['q', 'status', 'verification', 'emailConfirmed', 'prefecture', 'page', 'size', 'sort']) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return useQuery({
    queryKey: ['admin', 'members', search],
    queryFn: () => apiFetch<Page<MemberSummary>>(`/api/members${search ? `?${search}` : ''}`),
    placeholderData: (previous) => previous,
  });
}

/** A member's record with everything staff see (`GET /api/members/{id}`). */
export interface StaffMemberRecord extends MemberRecord {
  emailConfirmed: boolean;
  statusReason: string | null;
  verification: { state: string; reason: string | null; decidedAt: string | null; decidedBy: string | null };
  /** The id of the record this one was merged into (名寄せ); null for any other record. */
  mergedInto?: string | null;
}

export function useMember(id: string) {
  return useQuery({
    queryKey: ['admin', 'member', id],
    queryFn: async () => {
      const answer = await apiExchange<StaffMemberRecord>(`/api/members/${encodeURIComponent(id)}`);
      return { member: answer.data, etag: answer.headers.get('ETag') ?? '' };
    },
  });
}

/** Family name first, as Japanese write names; null parts left out. */
export function fullName(family: string | null, given: string | null): string {
  return [family, given].filter(Boolean).join(' ');
}

/** 09012345678 → 090-1234-5678, for reading; other lengths as stored. */
export function formatPhone(phone: string | null): string {
  if (!phone) return '';
  if (phone.length === 11) return `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
  return phone;
}
