import { vi } from 'vitest';

export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

export interface StubAnswer {
  status: number;
  body?: unknown;
  etag?: string;
}

export interface StubRoute {
  method: string;
  /** Matched against the path and query. */
  path: RegExp;
  answer: (request: SentRequest) => StubAnswer;
}

/**
 * Stands in for the gateway: `GET /api/me` answers with `me`; other calls go to the first matching
 * route (404 problem otherwise). Every call is recorded in `sent`.
 */
export function stubApi(routes: StubRoute[], me: { name: string; roles: string[] } = { name: '山田 花子', roles: ['member'] }) {
  const sent: SentRequest[] = [];
  const respond = ({ status, body, etag }: StubAnswer) => {
    const headers: Record<string, string> = { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' };
    if (etag) headers.ETag = etag;
    return new Response(status === 204 ? null : JSON.stringify(body ?? {}), { status, headers });
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const method = (init?.method ?? 'GET').toUpperCase();
      const request: SentRequest = {
        method,
        url,
        headers: new Headers(init?.headers),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      sent.push(request);
      if (url.endsWith('/api/me')) return respond({ status: 200, body: { subject: 'subject-1', email: 'someone@example.com', ...me } });
      const route = routes.find((candidate) => candidate.method === method && candidate.path.test(url));
      return respond(route ? route.answer(request) : { status: 404, body: { title: 'Not Found', status: 404 } });
    }),
  );
  return { sent, calls: (method: string, path: RegExp) => sent.filter((request) => request.method === method && path.test(request.url)) };
}
