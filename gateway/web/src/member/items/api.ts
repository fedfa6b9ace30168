import { useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';
import { isApiError } from '../../shared/api/problem';
import type { Localized } from '../format';

export type FieldType = 'TEXT' | 'LONG_TEXT' | 'NUMBER' | 'MONEY' | 'SELECT' | 'BOOLEAN' | 'DATE';

/** One item field as admins configure it (`GET /api/items/fields`). */
export interface FieldDef {
  key: string;
  label: Localized;
  type: FieldType | string;
  required: boolean;
  options: { value: string; label: Localized }[];
  /** Members may enter it (name, brand, condition, notes); otherwise staff only. */
  memberEditable: boolean;
  order: number;
  builtIn: boolean;
  retired: boolean;
}

export interface ItemFields {
  version: number;
  fields: FieldDef[];
}

export type ItemValue = string | number | boolean | null;

/** The auction system's figures for a listed item (yen, instants). */
export interface ItemPrice {
  auctionId: string;
  listedAt: string | null;
  currentBid: number | null;
  endsAt: string | null;
  hammerPrice: number | null;
  updatedAt: string | null;
}

export interface ItemPhoto {
  id: string;
  contentType: string;
  size: number;
}

/** `GET /api/items/me`: one of the member's items (member-editable values, and the listing title). */
export interface MemberItem {
  id: string;
  /** I-000123, also the auction system's item reference. */
  number: string;
  requestId: string;
  requestNumber: string;
  values: Record<string, ItemValue>;
  missingRequired: string[];
  photos: ItemPhoto[];
  price: ItemPrice | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const OWN_ITEMS_PATH = '/api/items/me';
export const OWN_ITEMS_QUERY_KEY = ['items', 'me'] as const;
export const ITEM_FIELDS_QUERY_KEY = ['items', 'fields'] as const;

/** What the service takes as a photo (it checks the content itself). */
export const ACCEPTED_PHOTOS = 'image/*';
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export function useItemFields() {
  return useQuery({ queryKey: ITEM_FIELDS_QUERY_KEY, queryFn: () => apiFetch<ItemFields>('/api/items/fields'), staleTime: 5 * 60_000 });
}

/** The fields a member fills in, in the configured order. */
export function memberFields(fields: FieldDef[] | undefined): FieldDef[] {
  return (fields ?? []).filter((field) => field.memberEditable && !field.retired).sort((a, b) => a.order - b.order);
}

/**
 * item-service learns of a new request from workflow-service's events a moment after the request
 * was made: until then it answers 404 for it, so calls about one request try again for a few seconds.
 */
const NEW_REQUEST_ATTEMPTS = 6;
const NEW_REQUEST_DELAY_MS = 1000;

function requestNotKnownYet(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** All the member's items, or those of one request. */
export function useOwnItems(requestId?: string) {
  return useQuery({
    queryKey: requestId ? [...OWN_ITEMS_QUERY_KEY, { requestId }] : OWN_ITEMS_QUERY_KEY,
    queryFn: () => apiFetch<MemberItem[]>(requestId ? `${OWN_ITEMS_PATH}?${new URLSearchParams({ requestId }).toString()}` : OWN_ITEMS_PATH),
    ...(requestId ? { retry: (failures: number, error: unknown) => requestNotKnownYet(error) && failures < NEW_REQUEST_ATTEMPTS, retryDelay: NEW_REQUEST_DELAY_MS } : {}),
  });
}

function itemPath(id: string) {
  return `${OWN_ITEMS_PATH}/${encodeURIComponent(id)}`;
}

/** The version the member saw, as the `If-Match` of their edit (the service's ETag is the quoted version). */
export function etagOf(item: MemberItem): string {
  return `"${item.version}"`;
}

export async function createItem(requestId: string, values: Record<string, ItemValue>): Promise<MemberItem> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await apiFetch<MemberItem>(OWN_ITEMS_PATH, { method: 'POST', body: { requestId, values } });
    } catch (error) {
      if (!requestNotKnownYet(error) || attempt >= NEW_REQUEST_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, NEW_REQUEST_DELAY_MS));
    }
  }
}

export async function updateItem(item: MemberItem, values: Record<string, ItemValue>): Promise<MemberItem> {
  return (await apiExchange<MemberItem>(itemPath(item.id), { method: 'PATCH', headers: { 'If-Match': etagOf(item) }, body: { values } })).data;
}

export async function deleteItem(item: MemberItem): Promise<void> {
  await apiFetch<void>(itemPath(item.id), { method: 'DELETE', headers: { 'If-Match': etagOf(item) } });
}

export function photoUrl(itemId: string, photoId: string): string {
  return `${itemPath(itemId)}/photos/${encodeURIComponent(photoId)}`;
}

/** Sends one photo as multipart field `file`. */
export function uploadPhoto(itemId: string, file: File): Promise<ItemPhoto> {
  const form = new FormData();
  form.append('file', file, file.name || 'photo');
  return apiFetch<ItemPhoto>(`${itemPath(itemId)}/photos`, { method: 'POST', body: form });
}

export async function deletePhoto(itemId: string, photoId: string): Promise<void> {
  await apiFetch<void>(photoUrl(itemId, photoId), { method: 'DELETE' });
}
