import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';
import { CSRF_HEADER, csrfToken } from '../../shared/api/csrf';
import { ApiError, NETWORK_ERROR_STATUS, type ProblemDetail } from '../../shared/api/problem';

/** 本人確認書類 kinds, as member-service names them. */
export const DOCUMENT_KINDS = ['DRIVING_LICENCE', 'MY_NUMBER_CARD', 'PASSPORT', 'RESIDENCE_CARD', 'HEALTH_INSURANCE_CARD', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentSide = 'FRONT' | 'BACK';
export type ReviewState = 'PENDING' | 'ACCEPTED' | 'REJECTED';
export type VerificationState = 'NOT_SUBMITTED' | 'PENDING' | 'VERIFIED' | 'REJECTED';

/** Kinds whose back is worth a photo too (a My Number card's back holds the number: front only). */
export const TWO_SIDED: readonly DocumentKind[] = ['DRIVING_LICENCE', 'RESIDENCE_CARD', 'HEALTH_INSURANCE_CARD', 'OTHER'];

/** One uploaded document (`GET /api/members/me/documents`), never its content. */
export interface IdentityDocument {
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

/** `verification` of the member's record. */
export interface Verification {
  state: VerificationState;
  reason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  submittedAt?: string | null;
}

/** What the page accepts; the server checks the content itself. */
export const ACCEPTED_FILES = 'image/*,application/pdf';
/** The server's limit (azukari.documents.max-size); checked here too so a phone does not send 20 MB for nothing. */
export const MAX_BYTES = 10 * 1024 * 1024;

export const OWN_DOCUMENTS_PATH = '/api/members/me/documents';
export const OWN_DOCUMENTS_QUERY_KEY = ['members', 'me', 'documents'] as const;

export function contentUrl(documentId: string): string {
  return `${OWN_DOCUMENTS_PATH}/${encodeURIComponent(documentId)}/content`;
}

export function useOwnDocuments() {
  return useQuery({ queryKey: OWN_DOCUMENTS_QUERY_KEY, queryFn: () => apiFetch<IdentityDocument[]>(OWN_DOCUMENTS_PATH) });
}

export async function deleteDocument(documentId: string): Promise<void> {
  await apiFetch<void>(`${OWN_DOCUMENTS_PATH}/${encodeURIComponent(documentId)}`, { method: 'DELETE' });
}

function problemOf(xhr: XMLHttpRequest): ProblemDetail {
  const fallback: ProblemDetail = { status: xhr.status, title: xhr.statusText || undefined, instance: OWN_DOCUMENTS_PATH };
  const type = xhr.getResponseHeader('Content-Type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body = JSON.parse(xhr.responseText) as ProblemDetail;
    return body && typeof body === 'object' ? { ...fallback, ...body, status: body.status ?? xhr.status } : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Uploads one side as multipart form data, reporting progress (0..1). XMLHttpRequest because fetch
 * cannot report upload progress; same cookie and CSRF rules as the API client.
 */
export function uploadDocument(
  input: { kind: DocumentKind; side: DocumentSide; file: Blob; fileName?: string },
  onProgress: (fraction: number) => void,
): Promise<IdentityDocument> {
  const form = new FormData();
  form.append('kind', input.kind);
  form.append('side', input.side);
  form.append('file', input.file, input.fileName ?? 'document');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', OWN_DOCUMENTS_PATH);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(JSON.parse(xhr.responseText) as IdentityDocument);
      } else {
        reject(new ApiError(problemOf(xhr)));
      }
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: NETWORK_ERROR_STATUS, title: 'Network error', instance: OWN_DOCUMENTS_PATH }));
    xhr.send(form);
  });
}
