import { useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';
import type { Page } from '../members/api';

export type { Page } from '../members/api';

/** A text in both languages, as item-service sends labels. */
export interface Translated {
  ja: string;
  en: string;
}

export const FIELD_TYPES = ['TEXT', 'LONG_TEXT', 'NUMBER', 'MONEY', 'SELECT', 'BOOLEAN', 'DATE'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  label: Translated;
}

/** One configured item field (`GET /api/items/fields`). */
export interface FieldDef {
  key: string;
  label: Translated;
  type: FieldType;
  required: boolean;
  options: FieldOption[];
  /** Members may enter it on the member web; otherwise staff only. */
  memberEditable: boolean;
  order: number;
  /** Shipped with the product: may be relabelled or retired, never removed or retyped. */
  builtIn: boolean;
  retired: boolean;
}

export interface ItemFields {
  version: number;
  fields: FieldDef[];
}

/** A value as item-service keeps it: text, option value and date (`2026-04-01`) as strings, money in whole yen. */
export type FieldValue = string | number | boolean | null;

export interface ItemPhoto {
  id: string;
  contentType: string;
  size: number;
}

/** The auction system's figures for an item (yen), null until it is listed. */
export interface ItemPrice {
  auctionId: string;
  listedAt: string | null;
  currentBid: number | null;
  endsAt: string | null;
  hammerPrice: number | null;
  updatedAt: string | null;
}

/** 委託品 as staff see it (`GET /api/items/{id}`). */
export interface ItemView {
  id: string;
  /** `I-000123`, the auction system's itemRef. */
  number: string;
  requestId: string;
  requestNumber: string;
  memberId: string;
  memberName: string;
  values: Record<string, FieldValue>;
  missingRequired: string[];
  photos: ItemPhoto[];
  price: ItemPrice | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const ITEM_FIELDS_PATH = '/api/items/fields';
export const ITEM_FIELDS_QUERY_KEY = ['admin', 'item-fields'] as const;

/** The field configuration with the `ETag` the next save sends back in `If-Match`. */
export async function fetchItemFields(): Promise<{ config: ItemFields; etag: string }> {
  const answer = await apiExchange<ItemFields>(ITEM_FIELDS_PATH);
  return { config: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

export function useItemFields() {
  return useQuery({ queryKey: ITEM_FIELDS_QUERY_KEY, queryFn: fetchItemFields });
}

export async function saveItemFields(etag: string, fields: FieldDef[]): Promise<{ config: ItemFields; etag: string }> {
  const answer = await apiExchange<ItemFields>(ITEM_FIELDS_PATH, { method: 'PUT', headers: { 'If-Match': etag }, body: { fields } });
  return { config: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

/** The query parameters of `GET /api/items` that the list keeps in its URL. */
export const LIST_PARAMS = ['requestId', 'memberId', 'q', 'listed', 'page', 'size', 'sort'] as const;
/** Columns the list sorts by. */
export const SORTABLE = ['number', 'createdAt'] as const;

export function itemListSearch(params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const key of LIST_PARAMS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  return query.toString();
}

export function useItemList(search: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['admin', 'items', search],
    queryFn: () => apiFetch<Page<ItemView>>(`/api/items${search ? `?${search}` : ''}`),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export const itemQueryKey = (id: string) => ['admin', 'item', id] as const;

export interface LoadedItem {
  item: ItemView;
  etag: string;
}

export async function fetchItem(id: string): Promise<LoadedItem> {
  const answer = await apiExchange<ItemView>(`/api/items/${encodeURIComponent(id)}`);
  return { item: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

export function useItem(id: string) {
  return useQuery({ queryKey: itemQueryKey(id), queryFn: () => fetchItem(id) });
}

/** `PATCH /api/items/{id}`: only the changed values; `null` clears one. */
export async function patchItem(id: string, etag: string, values: Record<string, FieldValue>): Promise<LoadedItem> {
  const answer = await apiExchange<ItemView>(`/api/items/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    headers: { 'If-Match': etag },
    body: { values },
  });
  return { item: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

export function createItem(requestId: string, values: Record<string, FieldValue>) {
  return apiFetch<ItemView>('/api/items', { method: 'POST', body: { requestId, values } });
}

export const photoUrl = (itemId: string, photoId: string) =>
  `/api/items/${encodeURIComponent(itemId)}/photos/${encodeURIComponent(photoId)}`;

export function uploadPhoto(itemId: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return apiFetch<unknown>(`/api/items/${encodeURIComponent(itemId)}/photos`, { method: 'POST', body: form });
}

export function deletePhoto(itemId: string, photoId: string) {
  return apiFetch<void>(photoUrl(itemId, photoId), { method: 'DELETE' });
}

// ---- Exports ----

export const EXPORT_FORMATS = ['CSV_YAHOO', 'CSV_GENERIC', 'XLSX'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ENCODINGS = ['SHIFT_JIS', 'UTF_8'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Column sources that are not item fields. */
export const FIXED_SOURCES = ['number', 'requestNumber', 'memberId', 'currentBid', 'hammerPrice'] as const;

export interface ExportColumn {
  /** An item field key or one of {@link FIXED_SOURCES}. */
  source: string;
  header: string;
}

export interface ExportProfile {
  id: string;
  name: string;
  format: ExportFormat;
  encoding: Encoding;
  columns: ExportColumn[];
  version?: number;
}

export const EXPORT_PROFILES_QUERY_KEY = ['admin', 'export-profiles'] as const;

export function useExportProfiles() {
  return useQuery({ queryKey: EXPORT_PROFILES_QUERY_KEY, queryFn: () => apiFetch<ExportProfile[]>('/api/items/export-profiles') });
}

export function saveExportProfile(profile: ExportProfile) {
  const { id, version, ...rest } = profile;
  return apiFetch<ExportProfile>(`/api/items/export-profiles/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: version === undefined ? undefined : { 'If-Match': `"${version}"` },
    body: { ...rest, id },
  });
}

/** A background export (items or the ledger) as its job reports itself. */
export interface ExportJob {
  id: string;
  state: 'RUNNING' | 'DONE' | 'FAILED';
  done: number;
  total: number;
  fileName: string | null;
  /** Why it failed, when the service says (audit-service's exports say it as plain text). */
  failure?: { code?: string; message?: string } | string | null;
}

/** A started job and where to poll it (the answer's `Location`, or the path the API names). */
export interface StartedJob {
  job: ExportJob;
  path: string;
}

/** What to export: the chosen items, or everything matching the list's filter. */
export type ExportTarget = { itemIds: string[] } | { filter: { requestId?: string; memberId?: string; listed?: boolean; q?: string } };

async function startJob(path: string, body: unknown): Promise<StartedJob> {
  const answer = await apiExchange<ExportJob>(path, { method: 'POST', body });
  const location = answer.headers.get('Location');
  const sameOrigin = location ? new URL(location, window.location.origin) : null;
  const polled = sameOrigin && sameOrigin.origin === window.location.origin ? sameOrigin.pathname : `${path}/${encodeURIComponent(answer.data.id)}`;
  return { job: answer.data, path: polled };
}

export function startItemExport(profileId: string, target: ExportTarget): Promise<StartedJob> {
  return startJob('/api/items/exports', { profileId, ...target });
}

export type LedgerFormat = 'XLSX' | 'CSV';

export function startLedgerExport(from: string, to: string, format: LedgerFormat): Promise<StartedJob> {
  return startJob('/api/items/ledger/exports', { from, to, format });
}

/** Polls a job every second while it runs. */
export function useJob(started: StartedJob | null) {
  return useQuery({
    queryKey: ['admin', 'export-job', started?.path],
    queryFn: () => apiFetch<ExportJob>(started!.path),
    enabled: started !== null,
    initialData: started?.job,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? 1000 : false),
  });
}

// ---- Finding a request or member to filter by ----

interface NamedRequest {
  id: string;
  number: string;
}

/**
 * The request a typed text names: the one whose number it is (workflow-service's `q` matches numbers),
 * else the text taken as a request id.
 */
export async function findRequestId(text: string): Promise<string> {
  try {
    const page = await apiFetch<Page<NamedRequest>>(`/api/requests?${new URLSearchParams({ q: text, size: '10' }).toString()}`);
    const found = page.content.find((request) => request.number.toLowerCase() === text.toLowerCase());
    return found ? found.id : text;
  } catch {
    return text;
  }
}

export interface MemberCandidate {
  id: string;
  name: string;
  email: string | null;
}

/** Members a typed text could mean (name, kana, phone, email, as the member list searches), at most 10. */
export async function findMembers(text: string): Promise<MemberCandidate[]> {
  const page = await apiFetch<Page<{ id: string; email: string | null; familyName: string | null; givenName: string | null }>>(
    `/api/members?${new URLSearchParams({ q: text, size: '10' }).toString()}`,
  );
  return page.content.map((member) => ({
    id: member.id,
    name: [member.familyName, member.givenName].filter(Boolean).join(' '),
    email: member.email,
  }));
}
