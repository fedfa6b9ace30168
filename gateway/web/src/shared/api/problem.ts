/**
 * One invalid field in a problem detail (`errors` extension). `field` is the request's property path
 * (`address.postalCode`); `code` names the broken rule (`postalCode.format`, `required`) for a UI that
 * shows its own wording; `message` is the server's (English) sentence.
 */
export interface FieldError {
  field: string;
  code?: string;
  message: string;
}

/** RFC 9457 problem detail as the gateway and the services send it (`application/problem+json`). */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldError[];
}

/** A failed API call; `problem` is the server's problem detail or one made up from the response. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(problem: ProblemDetail) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status ?? 0}`);
    this.name = 'ApiError';
    this.status = problem.status ?? 0;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Status 0 marks a request that never got an HTTP answer (offline, gateway down). */
export const NETWORK_ERROR_STATUS = 0;

/** What went wrong, as problem details: the server's own, or one made from any other error. */
export function problemOf(error: unknown): ProblemDetail {
  return isApiError(error) ? error.problem : { detail: error instanceof Error ? error.message : String(error) };
}
