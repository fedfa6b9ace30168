import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';

/** Which members a broadcast or newsletter goes to; empty lists mean "any". */
export interface Segment {
  accountStatus: string[];
  prefectures: string[];
  verification: string[];
  lastActiveWithinDays: number | null;
  optedInOnly: boolean;
}

export const EVERYONE: Segment = { accountStatus: [], prefectures: [], verification: [], lastActiveWithinDays: null, optedInOnly: false };

export type NewsletterState = 'DRAFT' | 'SCHEDULED' | 'SENDING' | 'PAUSED' | 'SENT' | 'CANCELLED';

export interface Newsletter {
  id: string;
  subject: string;
  html: string;
  text: string;
  segment: Segment;
  broadcastId: string | null;
  state: NewsletterState;
  scheduledAt: string | null;
  total: number;
  sent: number;
  failed: number;
  createdAt: string;
  createdBy: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface Broadcast {
  id: string;
  title: string;
  bodyHtml: string;
  segment: Segment;
  alsoMail: boolean;
  newsletterId: string | null;
  state: 'FANNING_OUT' | 'DELIVERED';
  total: number;
  delivered: number;
  createdAt: string;
  createdBy: string;
  finishedAt: string | null;
}

export type NewsletterAction = 'send' | 'pause' | 'resume' | 'cancel';

const NEWSLETTERS_KEY = ['notifications', 'newsletters'] as const;
const BROADCASTS_KEY = ['notifications', 'broadcasts'] as const;

/** How many members the segment reaches (and how many of them have an address to mail). */
export function useSegmentCount(segment: Segment) {
  return useQuery({
    queryKey: ['notifications', 'segment-count', segment],
    queryFn: () => apiFetch<{ count: number; mailable: number }>('/api/notifications/segments/count', { method: 'POST', body: { segment } }),
    placeholderData: (previous) => previous,
  });
}

const active = (list: Newsletter[] | undefined) => list?.some((n) => n.state === 'SENDING' || n.state === 'SCHEDULED') ?? false;

/** Newsletters, newest first; refreshed every two seconds while one is sending or scheduled. */
export function useNewsletters() {
  return useQuery({
    queryKey: NEWSLETTERS_KEY,
    queryFn: () => apiFetch<Newsletter[]>('/api/notifications/newsletters'),
    refetchInterval: (query) => (active(query.state.data) ? 2000 : false),
  });
}

export function useBroadcasts() {
  return useQuery({
    queryKey: BROADCASTS_KEY,
    queryFn: () => apiFetch<Broadcast[]>('/api/notifications/broadcasts'),
    refetchInterval: (query) => (query.state.data?.some((b) => b.state === 'FANNING_OUT') ? 2000 : false),
  });
}

export interface NewsletterDraft {
  subject: string;
  html: string;
  text: string;
  segment: Segment;
  scheduledAt: string | null;
}

export function useComposeNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ draft, sendNow }: { draft: NewsletterDraft; sendNow: boolean }) => {
      const created = await apiFetch<Newsletter>('/api/notifications/newsletters', { method: 'POST', body: { ...draft, text: draft.text || null } });
      return sendNow ? apiFetch<Newsletter>(`/api/notifications/newsletters/${created.id}/send`, { method: 'POST' }) : created;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NEWSLETTERS_KEY }),
  });
}

export function useNewsletterAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: NewsletterAction }) => apiFetch<Newsletter>(`/api/notifications/newsletters/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NEWSLETTERS_KEY }),
  });
}

export function usePublishBroadcast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (broadcast: { title: string; bodyHtml: string; segment: Segment; alsoMail: boolean }) =>
      apiFetch<Broadcast>('/api/notifications/broadcasts', { method: 'POST', body: broadcast }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: BROADCASTS_KEY });
      void queryClient.invalidateQueries({ queryKey: NEWSLETTERS_KEY });
    },
  });
}

/** The HTML as members will see it (sanitised by the server). */
export function usePreview() {
  return useMutation({
    mutationFn: (html: string) => apiFetch<{ html: string; text: string }>('/api/notifications/newsletters/preview', { method: 'POST', body: { html } }),
  });
}
