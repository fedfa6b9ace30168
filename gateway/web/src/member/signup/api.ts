import { apiExchange, apiFetch } from '../../shared/api/client';
import type { ProblemDetail } from '../../shared/api/problem';
import type { Language } from '../../shared/i18n';

/** What a confirmation link was mailed for (sign-up, a staff-made application, an imported customer, ...). */
export interface LinkCheck {
  email: string;
  purpose: string;
}

export const REGISTRATIONS_PATH = '/api/members/registrations';

/**
 * `POST /api/members/registrations`: mails a confirmation link. The server answers 202 whether or
 * not it knows the address, so the page cannot tell either (and never says).
 */
export async function requestSignup(email: string, language: Language): Promise<void> {
  await apiExchange<unknown>(REGISTRATIONS_PATH, { method: 'POST', body: { email, language } });
}

/** `POST .../confirmations/check`: the address a link was mailed to. The token travels in the body only. */
export function checkLink(token: string): Promise<LinkCheck> {
  return apiFetch<LinkCheck>(`${REGISTRATIONS_PATH}/confirmations/check`, { method: 'POST', body: { token } });
}

/** `POST .../confirmations`: proves the address and sets the password; 201 `{email}`. */
export function confirmLink(token: string, password: string): Promise<{ email: string }> {
  return apiFetch<{ email: string }>(`${REGISTRATIONS_PATH}/confirmations`, { method: 'POST', body: { token, password } });
}

/** Why a link does not work, from the problem detail member-service answers with. */
export type LinkProblem = 'link-expired' | 'link-used' | 'link-unknown';
const LINK_PROBLEMS: readonly LinkProblem[] = ['link-expired', 'link-used', 'link-unknown'];

/**
 * `link-expired` / `link-used` (410) and `link-unknown` (404), whether the service names the rule in
 * the problem's `type` (its last path segment), a `code` property or the title; undefined otherwise.
 */
export function linkProblem(status: number, problem: ProblemDetail): LinkProblem | undefined {
  const extra = problem as ProblemDetail & { code?: unknown };
  const candidates = [
    typeof extra.code === 'string' ? extra.code : undefined,
    problem.type?.split(/[/#:]/).pop(),
    problem.title?.trim().toLowerCase().replace(/\s+/g, '-'),
  ];
  const named = candidates.find((candidate): candidate is LinkProblem => !!candidate && (LINK_PROBLEMS as readonly string[]).includes(candidate));
  if (named) return named;
  if (status === 404) return 'link-unknown';
  // A 410 that does not say which: an expired link is the likelier, and its advice (a new link) fits both.
  if (status === 410) return 'link-expired';
  return undefined;
}

/** Reads `token` from a URL fragment such as `#token=abc`. */
export function tokenFromFragment(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : undefined;
}
