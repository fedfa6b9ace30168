import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, problemOf } from '../../shared/api/problem';
import type { CodedProblem } from './api';

/** Problem codes of workflow-service that the console words itself (`adminRequests.problem.*`). */
const KNOWN_CODES = {
  'illegal-transition': 'illegalTransition',
  'member-not-verified': 'memberNotVerified',
  'no-mail-failure': 'noMailFailure',
  'member-not-allowed': 'memberNotAllowed',
} as const;

/** What the message may name: the status the request is in and the one it was to move to. */
export interface ProblemContext {
  from?: string;
  to?: string;
}

/**
 * Turns a workflow-service refusal into a sentence staff can act on: known codes in the page's
 * language, a 409 without a code as "changed elsewhere" (stale `If-Match`), anything else the
 * server's own detail. Null when there is nothing better to say than the problem details.
 */
export function useRequestProblemText() {
  const { t } = useTranslation();
  return useCallback(
    (problem: CodedProblem | { code?: string | null; detail?: string | null }, context: ProblemContext = {}): string | null => {
      const code = problem.code ?? undefined;
      const detail = problem.detail ?? '';
      const key = code && code in KNOWN_CODES ? KNOWN_CODES[code as keyof typeof KNOWN_CODES] : undefined;
      if (key) {
        return t(`adminRequests.problem.${key}`, { from: context.from ?? '—', to: context.to ?? '—', detail });
      }
      const status = 'status' in problem ? problem.status : undefined;
      if (!code && status === 409) return t('adminRequests.problem.changedElsewhere');
      if (!code && status === 428) return t('adminRequests.problem.versionMissing');
      return detail || null;
    },
    [t],
  );
}

/** Whether an error is the 409 of a stale `If-Match` (no code: someone else changed the request). */
export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && !(problemOf(error) as CodedProblem).code;
}
