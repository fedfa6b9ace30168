import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';

export type TimelineKind = 'INQUIRY' | 'CUSTOMER_MESSAGE' | 'REPLY' | 'PHONE_MEMO' | 'REQUEST' | 'REQUEST_STATUS' | 'MAIL_SENT' | 'MAIL_FAILED';

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  title: string | null;
  detail: string | null;
  link: { type: string | null; id: string | null };
}

export interface Timeline {
  customer: { memberId: string | null; name: string | null; email: string | null; phone: string | null };
  entries: TimelineEntry[];
}

/** Who the timeline is about: one of member id, mail address, phone number. */
export type CustomerKey = { by: 'memberId' | 'email' | 'phone'; value: string };

export function useTimeline(key: CustomerKey | null) {
  return useQuery({
    queryKey: ['admin', 'timeline', key?.by, key?.value],
    queryFn: () => apiFetch<Timeline>(`/api/inquiries/timeline?${new URLSearchParams({ [key!.by]: key!.value })}`),
    enabled: key !== null,
  });
}
