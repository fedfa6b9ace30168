import { useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';
import { ApiError, type ProblemDetail } from '../../shared/api/problem';
import type { DocumentKind, DocumentSide, ReviewState, Verification, VerificationState } from '../../member/documents/api';

export type { Verification, VerificationState };

export interface StaffDocument {
  id: string;
  kind: DocumentKind;
  side: DocumentSide;
  contentType: string;
  size: number;
  sha256: string;
  review: ReviewState;
  uploadedAt: string;
  reviewedAt: string | null;
  deletable: boolean;
}

/** Something for the verifier to look at (member-service's `Mismatch`). */
export interface Mismatch {
  code: string;
  field: string | null;
  expected: string | null;
  actual: string | null;
}

/** `GET /api/members/{id}/verification-review`. */
export interface VerificationReview {
  memberId: string;
  email: string;
  emailConfirmed: boolean;
  status: string;
  verification: Verification;
  profile: {
    familyName: string | null;
    givenName: string | null;
    familyNameKana: string | null;
    givenNameKana: string | null;
    birthDate: string | null;
    phone: string | null;
    address: { postalCode: string | null; prefecture: string | null; city: string | null; line1: string | null; line2: string | null };
    occupation: string | null;
  };
  payoutAccount: { bankName: string; branchName: string; holderKana: string } | null;
  documents: StaffDocument[];
  mismatches: Mismatch[];
  missingFields: string[];
  version: number;
}

export interface QueueEntry {
  memberId: string;
  email: string;
  familyName: string | null;
  givenName: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  status: string;
  verification: VerificationState;
  submittedAt: string | null;
  decidedAt: string | null;
  documentCount: number;
  mismatchCount: number;
}

export interface QueuePage {
  content: QueueEntry[];
  page: { size: number; number: number; totalElements: number; totalPages: number };
}

export const VERIFICATION_STATES: readonly VerificationState[] = ['PENDING', 'REJECTED', 'VERIFIED', 'NOT_SUBMITTED'];

export function reviewQueryKey(memberId: string) {
  return ['members', memberId, 'verification-review'] as const;
}

export function useVerificationQueue(state: VerificationState, page: number, size = 20) {
  return useQuery({
    queryKey: ['members', 'verifications', state, page, size],
    queryFn: () => apiFetch<QueuePage>(`/api/members/verifications?${new URLSearchParams({ state, page: String(page), size: String(size) })}`),
  });
}

export interface ReviewWithEtag {
  review: VerificationReview;
  etag: string;
}

async function toReview(path: string, init?: Parameters<typeof apiExchange>[1]): Promise<ReviewWithEtag> {
  const answer = await apiExchange<VerificationReview>(path, init);
  return { review: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

export function useVerificationReview(memberId: string) {
  return useQuery({
    queryKey: reviewQueryKey(memberId),
    queryFn: () => toReview(`/api/members/${encodeURIComponent(memberId)}/verification-review`),
  });
}

export function decide(memberId: string, etag: string, decision: 'VERIFIED' | 'REJECTED', reason?: string): Promise<ReviewWithEtag> {
  return toReview(`/api/members/${encodeURIComponent(memberId)}/verification`, {
    method: 'POST',
    headers: { 'If-Match': etag },
    body: { decision, reason: reason ?? null },
  });
}

export function documentContentPath(memberId: string, documentId: string): string {
  return `/api/members/${encodeURIComponent(memberId)}/documents/${encodeURIComponent(documentId)}/content`;
}

/** The content as a blob, fetched with the session cookie (each fetch is recorded as a look by member-service). */
export async function fetchDocumentContent(memberId: string, documentId: string): Promise<Blob> {
  const path = documentContentPath(memberId, documentId);
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) {
    const problem: ProblemDetail = { status: response.status, title: response.statusText || undefined, instance: path };
    throw new ApiError(problem);
  }
  return response.blob();
}
