import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { LoginPrompt } from '../auth/LoginPrompt';
import { ProblemDetails } from './ProblemDetails';

/**
 * What a failed query shows: 401 asks to log in; everything else (403 not allowed, 429 rate limited,
 * 503 the gateway's circuit-breaker fallback, ...) is rendered as problem details.
 */
export function QueryProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error)) {
    if (error.status === 401) return <LoginPrompt />;
    return <ProblemDetails problem={error.problem} onRetry={onRetry} />;
  }
  const detail = error instanceof Error ? error.message : undefined;
  return <ProblemDetails problem={{ title: t('problem.fallbackTitle'), detail }} onRetry={onRetry} />;
}
