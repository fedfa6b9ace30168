import { vi } from 'vitest';

export interface SentCall {
  method: string;
  url: string;
  body: unknown;
}

export type StubAnswer = { status: number; body?: unknown; headers?: Record<string, string> };
type Handler = StubAnswer | ((call: SentCall) => StubAnswer);

/**
 * A gateway for page tests: `'<METHOD> <path>'` (path without the query string) to an answer or a
 * function of the call; `GET /api/me` answers `me` (or 401). Every call is recorded in `calls`;
 * anything unexpected answers 404.
 */
export function stubGateway(routes: Record<string, Handler>, me: { name: string; roles: string[] } | null = null) {
  const calls: SentCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = (init?.method ?? 'GET').toUpperCase();
    const call = { method, url, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined };
    calls.push(call);
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    let answer: StubAnswer | undefined;
    if (path === '/api/me' && method === 'GET' && !(`GET /api/me` in routes)) {
      answer = me
        ? { status: 200, body: { subject: 'subject-1', email: 'someone@example.com', ...me } }
        : { status: 401, body: { title: 'Unauthorized', status: 401 } };
    } else {
      const handler = routes[`${method} ${path}`];
      answer = typeof handler === 'function' ? handler(call) : (handler ?? { status: 404, body: { title: 'Not Found', status: 404 } });
    }
    // Like Spring's `ResponseEntity.accepted().build()`: no body, no Content-Type.
    const type: Record<string, string> = answer.body === undefined ? {} : { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' };
    const headers = { ...type, ...answer.headers };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    to: (method: string, path: string) => calls.filter((call) => call.method === method && call.url.split('?')[0].endsWith(path)),
  };
}
