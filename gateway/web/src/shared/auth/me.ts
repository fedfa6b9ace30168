import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api/client';
import { isApiError } from '../api/problem';

/** The signed-in person as `GET /api/me` describes them. */
export interface Me {
  subject: string;
  name: string;
  email: string;
  roles: string[];
}

export const ME_QUERY_KEY = ['me'] as const;
/** Roles that may use the admin console. */
export const STAFF_ROLES = ['staff', 'admin'] as const;

/** `null` means "not logged in" (the gateway answered 401); other failures are thrown. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await apiFetch<Me>('/api/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

export function isStaff(me: Me | null | undefined): boolean {
  return !!me && me.roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role));
}

/** Where the login button sends the browser: the gateway runs the OIDC flow and comes back to returnTo. */
export function loginUrl(returnTo: string): string {
  const safe = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  return `/login?${new URLSearchParams({ returnTo: safe }).toString()}`;
}
