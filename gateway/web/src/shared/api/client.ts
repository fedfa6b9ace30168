import { CSRF_HEADER, csrfToken } from './csrf';
import { ApiError, NETWORK_ERROR_STATUS, type ProblemDetail } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ApiRequest extends Omit<RequestInit, 'body'> {
  /** Serialised as JSON when it is not a string, FormData or Blob. */
  body?: unknown;
}

/** A successful answer with its headers (e.g. `ETag`). */
export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

/**
 * Calls the gateway's API with the session cookie. State-changing methods carry the CSRF token from
 * the `XSRF-TOKEN` cookie in header `X-XSRF-TOKEN`. Non-2xx answers throw an {@link ApiError} with
 * the RFC 9457 problem detail (or one made up from the status when the body is not one).
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  return (await apiExchange<T>(path, request)).data;
}

/** {@link apiFetch}, answering with the status and headers too (for `ETag` / `If-Match`). */
export async function apiExchange<T>(path: string, request: ApiRequest = {}): Promise<ApiResponse<T>> {
  const method = (request.method ?? 'GET').toUpperCase();
  const headers = new Headers(request.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  let body: BodyInit | undefined;
  if (request.body !== undefined) {
    if (typeof request.body === 'string' || request.body instanceof FormData || request.body instanceof Blob) {
      body = request.body;
    } else {
      body = JSON.stringify(request.body);
      headers.set('Content-Type', 'application/json');
    }
  }
  if (!SAFE_METHODS.has(method)) {
    const token = csrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }

  let response: Response;
  try {
    response = await fetch(path, { ...request, method, headers, body, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError({
      status: NETWORK_ERROR_STATUS,
      title: 'Network error',
      detail: cause instanceof Error ? cause.message : String(cause),
      instance: path,
    });
  }
  if (!response.ok) throw new ApiError(await toProblem(response, path));
  const result = { status: response.status, headers: response.headers };
  if (response.status === 204) return { ...result, data: undefined as T };
  const type = response.headers.get('Content-Type') ?? '';
  return { ...result, data: (type.includes('json') ? await response.json() : await response.text()) as T };
}

async function toProblem(response: Response, path: string): Promise<ProblemDetail> {
  const fallback: ProblemDetail = {
    status: response.status,
    title: response.statusText || undefined,
    instance: path,
    correlationId: response.headers.get('X-Correlation-Id') ?? undefined,
  };
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body = (await response.json()) as ProblemDetail;
    if (body === null || typeof body !== 'object') return fallback;
    return {
      ...fallback,
      ...body,
      status: typeof body.status === 'number' ? body.status : response.status,
      correlationId: body.correlationId ?? fallback.correlationId,
      errors: Array.isArray(body.errors) ? body.errors : undefined,
    };
  } catch {
    return fallback;
  }
}
