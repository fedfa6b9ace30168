import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';
import type { Page } from './api';

/** A bulk import as `GET /api/members/imports/{id}` shows it. */
export interface MemberImport {
  id: string;
  fileName: string;
  format: 'CSV' | 'XLSX';
  encoding: string | null;
  unknownColumns: string[];
  dryRun: boolean;
  state: 'RUNNING' | 'DONE' | 'FAILED';
  rowsRead: number;
  expectedRows: number | null;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  failure: { code: string; message: string } | null;
  canRunForReal: boolean;
}

export interface ImportRowReport {
  row: number;
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';
  memberId: string | null;
  email: string | null;
  messages: { field: string; column: string; code: string; message: string }[];
}

export function uploadImport(file: File, encoding: string) {
  const form = new FormData();
  form.append('file', file);
  return apiFetch<{ id: string }>(`/api/members/imports?dryRun=true&encoding=${encoding}`, { method: 'POST', body: form });
}

export function runImportForReal(id: string) {
  return apiFetch<{ id: string }>(`/api/members/imports/${id}/run`, { method: 'POST' });
}

/** Polls the import every second while it runs. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: ['admin', 'import', id],
    queryFn: () => apiFetch<MemberImport>(`/api/members/imports/${id}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? 1000 : false),
  });
}

export function useRejectedRows(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'import', id, 'rejected'],
    queryFn: () => apiFetch<Page<ImportRowReport>>(`/api/members/imports/${id}/rows?outcome=REJECTED&size=200`),
    enabled: id !== null && enabled,
  });
}
