import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';
import type { Page } from '../items/api';

/** One acquisition in the transaction ledger (古物台帳), with what the Antique Dealings Act requires. */
export interface LedgerEntry {
  id: string;
  /** The acquisition date, e.g. `2026-04-01`. */
  acquiredOn: string;
  itemNumber: string;
  description: string | null;
  features: string | null;
  quantity: number | null;
  memberId: string | null;
  counterparty: { name: string | null; address: string | null; occupation: string | null; age: number | null };
  identityVerification: { method: string | null; verifiedOn: string | null } | null;
}

export const LEDGER_PAGE_SIZE = 50;

export function useLedger(from: string, to: string, page: number, enabled: boolean) {
  const search = new URLSearchParams({ from, to, page: String(page), size: String(LEDGER_PAGE_SIZE) }).toString();
  return useQuery({
    queryKey: ['admin', 'ledger', search],
    queryFn: () => apiFetch<Page<LedgerEntry>>(`/api/items/ledger?${search}`),
    placeholderData: (previous) => previous,
    enabled,
  });
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A local calendar date as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first day of this month to today: the period the ledger opens with. */
export function thisMonth(today = new Date()): { from: string; to: string } {
  return { from: isoDate(new Date(today.getFullYear(), today.getMonth(), 1)), to: isoDate(today) };
}

export function lastMonth(today = new Date()): { from: string; to: string } {
  return { from: isoDate(new Date(today.getFullYear(), today.getMonth() - 1, 1)), to: isoDate(new Date(today.getFullYear(), today.getMonth(), 0)) };
}

export function thisYear(today = new Date()): { from: string; to: string } {
  return { from: isoDate(new Date(today.getFullYear(), 0, 1)), to: isoDate(today) };
}
