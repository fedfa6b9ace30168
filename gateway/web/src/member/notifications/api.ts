import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';
import { useMe } from '../../shared/auth/me';
import type { Localized } from '../format';

/** One entry of the member's notification list (`GET /api/notifications/me`). */
export interface MemberNotification {
  id: string;
  /** `request-status`, `verification-result`, `change-request-decision`, `inquiry-reply`, `broadcast`. */
  kind: string;
  title: Localized | string;
  /** Sanitised HTML (by the server), or null. */
  body: string | null;
  /** A member web path to open, or null. */
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface NotificationPage {
  content: MemberNotification[];
  page: { size: number; number: number; totalElements: number; totalPages: number };
}

export interface NotificationPreferences {
  newsletter: boolean;
}

export const NOTIFICATIONS_KEY = ['notifications', 'me'] as const;
export const UNREAD_KEY = ['notifications', 'me', 'unread'] as const;
const PREFERENCES_KEY = ['notifications', 'me', 'preferences'] as const;

export function useNotifications(page: number) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'page', page],
    queryFn: () => apiFetch<NotificationPage>(`/api/notifications/me?${new URLSearchParams({ page: String(page), size: '20' }).toString()}`),
  });
}

/** The unread count for the navigation badge; asked only of signed-in members, every minute. */
export function useUnreadCount() {
  const me = useMe();
  const member = !!me.data && me.data.roles.includes('member');
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => apiFetch<{ count: number }>('/api/notifications/me/unread-count'),
    enabled: member,
    refetchInterval: 60_000,
    retry: false,
  });
}

function useRefreshNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['notifications', 'me'] });
}

export function useMarkRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/notifications/me/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: refresh,
  });
}

export function useReadAll() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: () => apiFetch<{ count: number }>('/api/notifications/me/read-all', { method: 'POST' }),
    onSuccess: refresh,
  });
}

export function usePreferences() {
  return useQuery({ queryKey: PREFERENCES_KEY, queryFn: () => apiFetch<NotificationPreferences>('/api/notifications/me/preferences') });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationPreferences) => apiFetch<NotificationPreferences>('/api/notifications/me/preferences', { method: 'PUT', body: preferences }),
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES_KEY, saved),
  });
}

export function unsubscribe(token: string) {
  return apiFetch<void>(`/api/notifications/unsubscribe/${encodeURIComponent(token)}`, { method: 'POST' });
}
