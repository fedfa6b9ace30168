import { apiExchange, apiFetch } from '../../shared/api/client';
import type { MemberSummary, Page, StaffMemberRecord } from '../members/api';

/** A member record as a merge shows it: the staff record with where it was merged to, if it was. */
export interface MergeableRecord extends StaffMemberRecord {
  /** The survivor's id once this record was merged into it; null otherwise. */
  mergedInto?: string | null;
}

/** One field of the preview: both values and the merged one (account number masked). */
export interface FieldPlan {
  field: string;
  survivor: string | null;
  duplicate: string | null;
  result: string | null;
  /** The result comes from the duplicate. */
  taken: boolean;
  /** Both have a value and they differ: the survivor's is kept. */
  conflict: boolean;
  /** The duplicate's value is not taken: the survivor is verified and the duplicate is not. */
  withheld: boolean;
}

/** Why a merge cannot go ahead; `code` is translated under `merge.blocker.*` and `merge.hint.*`. */
export interface Blocker {
  code: string;
  member: 'survivor' | 'duplicate' | null;
  detail: string;
  hint: string;
}

/** `GET /api/members/{survivorId}/merge-preview?duplicateId=` */
export interface MergePreview {
  survivor: MergeableRecord;
  duplicate: MergeableRecord;
  fields: FieldPlan[];
  documents: number;
  changeRequests: number;
  blockers: Blocker[];
  /** An earlier merge of this pair stopped half-way; merging again completes it. */
  resuming: boolean;
}

export interface MergeResult {
  survivor: MergeableRecord;
  duplicate: MergeableRecord;
}

/** Members matching `q` in the directory (merged records are left out by the service). */
export function searchMembers(q: string): Promise<Page<MemberSummary>> {
  return apiFetch<Page<MemberSummary>>(`/api/members?${new URLSearchParams({ q, size: '10' })}`);
}

export function fetchPreview(survivorId: string, duplicateId: string): Promise<MergePreview> {
  return apiFetch<MergePreview>(`/api/members/${encodeURIComponent(survivorId)}/merge-preview?${new URLSearchParams({ duplicateId })}`);
}

/** Merges with the versions the preview showed: the survivor's in `If-Match`, the duplicate's in the body. */
export async function merge(preview: MergePreview): Promise<MergeResult> {
  const answer = await apiExchange<MergeResult>(`/api/members/${encodeURIComponent(preview.survivor.id)}/merge`, {
    method: 'POST',
    headers: { 'If-Match': `"${preview.survivor.version}"` },
    body: { duplicateId: preview.duplicate.id, expectedDuplicateVersion: preview.duplicate.version },
  });
  return answer.data;
}
