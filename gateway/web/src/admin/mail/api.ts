import { useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';

/** A name a template may use, with its description by language and the sample previews use. */
export interface Placeholder {
  name: string;
  description: Record<string, string>;
  sample: unknown;
}

export interface TemplateParts {
  subject: string;
  text: string;
  html: string;
}

/** One mail template (`GET /api/notifications/templates`). */
export interface MailTemplate extends TemplateParts {
  kind: string;
  language: string;
  placeholders: Placeholder[];
  updatedAt: string | null;
  updatedBy: string | null;
  version: number;
}

export type DeliveryState = 'QUEUED' | 'SENT' | 'FAILED' | 'BOUNCED';

/** One mail in the delivery log. */
export interface Delivery {
  id: string;
  kind: string;
  memberId: string | null;
  to: string | null;
  toName: string | null;
  subject: string | null;
  state: DeliveryState;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
  relatedType: string | null;
  relatedId: string | null;
  resends: number;
  resendable: boolean;
}

export interface DeliveryDetail {
  delivery: Delivery;
  text: string | null;
  html: string | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
}

export interface DeliveryPage {
  content: Delivery[];
  page: { size: number; number: number; totalElements: number; totalPages: number };
}

export interface DeliveryFilter {
  memberId?: string;
  kind?: string;
  state?: string;
  to?: string;
  from?: string;
  until?: string;
  q?: string;
  page?: number;
}

export const TEMPLATES_KEY = ['notifications', 'templates'] as const;
export const DELIVERIES_KEY = ['notifications', 'deliveries'] as const;

const templatePath = (kind: string, language: string) =>
  `/api/notifications/templates/${encodeURIComponent(kind)}/${encodeURIComponent(language)}`;

export function useMailTemplates() {
  return useQuery({ queryKey: TEMPLATES_KEY, queryFn: () => apiFetch<MailTemplate[]>('/api/notifications/templates') });
}

export interface VersionedTemplate {
  template: MailTemplate;
  etag: string;
}

const versioned = (answer: { data: MailTemplate; headers: Headers }): VersionedTemplate => ({
  template: answer.data,
  etag: answer.headers.get('ETag') ?? `"${answer.data.version}"`,
});

export function useMailTemplate(kind: string, language: string) {
  return useQuery({
    queryKey: [...TEMPLATES_KEY, kind, language],
    queryFn: async () => versioned(await apiExchange<MailTemplate>(templatePath(kind, language))),
  });
}

export async function saveTemplate(kind: string, language: string, etag: string, parts: TemplateParts) {
  return versioned(await apiExchange<MailTemplate>(templatePath(kind, language), { method: 'PUT', headers: { 'If-Match': etag }, body: parts }));
}

export async function resetTemplate(kind: string, language: string, etag: string) {
  return versioned(await apiExchange<MailTemplate>(templatePath(kind, language), { method: 'DELETE', headers: { 'If-Match': etag } }));
}

export function previewTemplate(kind: string, language: string, parts: TemplateParts) {
  return apiFetch<TemplateParts>(`${templatePath(kind, language)}/preview`, { method: 'POST', body: parts });
}

export function testSend(kind: string, language: string, to: string) {
  return apiFetch<{ deliveryId: string; to: string }>(`${templatePath(kind, language)}/test-send`, { method: 'POST', body: to ? { to } : {} });
}

export function deliveriesQuery(filter: DeliveryFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && String(value) !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return `/api/notifications/deliveries${query ? `?${query}` : ''}`;
}

export function useDeliveries(filter: DeliveryFilter) {
  return useQuery({ queryKey: [...DELIVERIES_KEY, filter], queryFn: () => apiFetch<DeliveryPage>(deliveriesQuery(filter)) });
}

export function useDelivery(id: string | null) {
  return useQuery({
    queryKey: [...DELIVERIES_KEY, 'one', id],
    queryFn: () => apiFetch<DeliveryDetail>(`/api/notifications/deliveries/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });
}

/** Mails by state, for the failed-mail alert on the front page. */
export function useDeliverySummary() {
  return useQuery({ queryKey: [...DELIVERIES_KEY, 'summary'], queryFn: () => apiFetch<Record<DeliveryState, number>>('/api/notifications/deliveries/summary') });
}

export function resendDelivery(id: string) {
  return apiFetch<Delivery>(`/api/notifications/deliveries/${encodeURIComponent(id)}/resend`, { method: 'POST' });
}
