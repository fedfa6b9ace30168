import { useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Day = (typeof DAYS)[number];

export interface Period {
  from: string;
  to: string;
}

export interface AcknowledgementText {
  subject: string;
  text: string;
}

/** What `PUT /api/inquiries/settings/business-hours` takes. */
export interface BusinessHoursInput {
  timeZone: string;
  week: Record<Day, Period[]>;
  holidays: { japanesePublicHolidays: boolean; extra: string[] };
  acknowledgement: { ja: AcknowledgementText; en: AcknowledgementText };
}

/** What the inquiry-service answers: the settings, whether the shop is open now, and who changed them last. */
export interface BusinessHours extends BusinessHoursInput {
  openNow: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  version: number;
}

export interface VersionedBusinessHours {
  settings: BusinessHours;
  etag: string;
}

export const BUSINESS_HOURS_KEY = ['inquiries', 'settings', 'business-hours'] as const;
const PATH = '/api/inquiries/settings/business-hours';

function versioned(answer: { data: BusinessHours; headers: Headers }): VersionedBusinessHours {
  return { settings: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

/** The business hours with their ETag, to edit (admin). */
export function useBusinessHours() {
  return useQuery({ queryKey: BUSINESS_HOURS_KEY, queryFn: async () => versioned(await apiExchange<BusinessHours>(PATH)) });
}

/** Replaces the business hours (admin, `If-Match`). */
export async function saveBusinessHours(etag: string, body: BusinessHoursInput): Promise<VersionedBusinessHours> {
  return versioned(await apiExchange<BusinessHours>(PATH, { method: 'PUT', headers: { 'If-Match': etag }, body }));
}

/** How the mail intake is doing (`GET /api/inquiries/mailbox`, staff); `fetched` counts the mails taken in so far. */
export interface MailboxStatus {
  lastPollAt: string | null;
  lastError: string | null;
  fetched: number;
}

export function useMailboxStatus() {
  return useQuery({
    queryKey: ['inquiries', 'mailbox'] as const,
    queryFn: () => apiFetch<MailboxStatus>('/api/inquiries/mailbox'),
    refetchInterval: 30_000,
  });
}

/** A day the shop is closed besides the weekly closed days; `name` is the holiday's (Japanese) name. */
export interface ClosedDay {
  date: string;
  name: string | null;
  kind: 'PUBLIC_HOLIDAY' | 'EXTRA';
}

/** The year's closed days as the stored settings make them (admin); `version` refetches them after a save. */
export function useClosedDays(year: number, version: number | undefined) {
  return useQuery({
    queryKey: ['inquiries', 'settings', 'closed-days', year, version] as const,
    queryFn: () => apiFetch<ClosedDay[]>(`/api/inquiries/settings/business-hours/closed-days?year=${year}`),
    enabled: version !== undefined,
  });
}
