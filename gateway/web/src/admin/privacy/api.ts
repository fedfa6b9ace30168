import { apiExchange } from '../../shared/api/client';

/** What the privacy card needs of a member (the member detail page's record has all of it). */
export interface PrivacyOfMember {
  id: string;
  email: string | null;
  /** The record's version, sent in `If-Match`. */
  version: number;
  /** Set once the member's personal data was erased. */
  erasedAt?: string | null;
}

/** `GET /api/members/{id}/privacy-export`: the ZIP of everything held about the member (staff). */
export function exportUrl(memberId: string): string {
  return `/api/members/${encodeURIComponent(memberId)}/privacy-export`;
}

/** `POST /api/members/{id}/erasure` (admins) with the version the admin saw; answers with the erased record. */
export async function eraseMember<T extends PrivacyOfMember>(member: PrivacyOfMember, reason: string): Promise<T> {
  const answer = await apiExchange<T>(`/api/members/${encodeURIComponent(member.id)}/erasure`, {
    method: 'POST',
    headers: { 'If-Match': `"${member.version}"` },
    body: { reason },
  });
  return answer.data;
}
