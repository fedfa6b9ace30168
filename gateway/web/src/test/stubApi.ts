import { vi } from 'vitest';

/** One call the page made, as the gateway saw it. */
export interface SentRequest {
  method: string;
  /** As given to `fetch`, e.g. `/api/members?q=x`. */
  url: string;
  /** The path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: Headers;
  /** A string body parsed as JSON (kept as the string when it is not JSON); other bodies (`FormData`) as sent. */
  body: unknown;
}

export interface StubAnswer {
  status: number;
  /**
   * Sent as JSON (`application/problem+json` from 400 on), or as is when `headers` name another
   * `Content-Type`. Without a body there is no `Content-Type` either, like Spring's
   * `ResponseEntity.accepted().build()`.
   */
  body?: unknown;
  /** E.g. `{ ETag: '"3"' }`. */
  headers?: Record<string, string>;
}

export interface StubRoute {
  method: string;
  /** A string is the exact path (the query does not count); a RegExp is tested against path and query. */
  path: string | RegExp;
  /** The answer, or a function of the request giving it. */
  answer: StubAnswer | ((request: SentRequest) => StubAnswer);
}

/** Who `GET /api/me` says is logged in. */
export interface StubMe {
  name: string;
  roles: string[];
  subject?: string;
  email?: string;
}

const HANAKO: StubMe = { name: '山田 花子', roles: ['member'] };

const matches = (request: SentRequest, method: string, path: string | RegExp) =>
  request.method === method.toUpperCase() && (typeof path === 'string' ? request.path === path : path.test(request.url));

/**
 * Stands in for the gateway in page tests by stubbing `fetch`. A call goes to the first route with its
 * method and path; `GET /api/me` answers with `me` (401 problem when `null`) unless a route takes it;
 * anything else answers a 404 problem. Every call is recorded in `sent`; `calls(method, path?)` picks
 * them out with the same matching as the routes.
 */
export function stubApi(routes: StubRoute[], me: StubMe | null = HANAKO) {
  const sent: SentRequest[] = [];
  const meAnswer = (): StubAnswer =>
    me
      ? { status: 200, body: { subject: 'subject-1', email: 'someone@example.com', ...me } }
      : { status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401 } };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const parsed = new URL(url, 'http://localhost');
      const request: SentRequest = {
        method: (init?.method ?? 'GET').toUpperCase(),
        url,
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: new Headers(init?.headers),
        body: typeof init?.body === 'string' ? parseJson(init.body) : (init?.body ?? undefined),
      };
      sent.push(request);
      const route = routes.find((candidate) => matches(request, candidate.method, candidate.path));
      let answer: StubAnswer;
      if (route) answer = typeof route.answer === 'function' ? route.answer(request) : route.answer;
      else if (request.method === 'GET' && request.path === '/api/me') answer = meAnswer();
      else answer = { status: 404, body: { title: 'Not Found', status: 404 } };
      return respond(answer);
    }),
  );
  return {
    sent,
    /** The recorded calls with this method (and path, matched like a route's). */
    calls: (method: string, path: string | RegExp = /(?:)/) => sent.filter((request) => matches(request, method, path)),
  };
}

/** An answer function giving `answers` one per call, repeating the last one. */
export function inTurn(...answers: StubAnswer[]): () => StubAnswer {
  const queue = [...answers];
  return () => (queue.length > 1 ? queue.shift()! : queue[0]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function respond({ status, body, headers = {} }: StubAnswer): Response {
  if (body === undefined) return new Response(null, { status, headers });
  const given = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (given && !given.includes('json')) return new Response(body as BodyInit, { status, headers });
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}
