import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiExchange, apiFetch } from './client';
import { ApiError } from './problem';

function stubFetch(response: Response) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('apiFetch', () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on state-changing calls', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const fetchMock = stubFetch(new Response(null, { status: 204 }));

    await apiFetch('/api/inquiries', { method: 'POST', body: { subject: 'hello' } });

    const init = fetchMock.mock.calls[0][1]!;
    expect(new Headers(init.headers).get('X-XSRF-TOKEN')).toBe('token-123');
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"subject":"hello"}');
  });

  it('does not send the CSRF header on reads', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const fetchMock = stubFetch(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }));

    await apiFetch('/api/me');

    expect(new Headers(fetchMock.mock.calls[0][1]!.headers).has('X-XSRF-TOKEN')).toBe(false);
  });

  it('throws the problem detail of a failed call', async () => {
    stubFetch(
      new Response(JSON.stringify({ title: 'Too Many Requests', status: 429, correlationId: 'c-1' }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );

    const error = await apiFetch('/api/items').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).problem).toMatchObject({ title: 'Too Many Requests', correlationId: 'c-1', instance: '/api/items' });
  });

  it('makes up a problem detail when the answer is not one', async () => {
    stubFetch(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));

    const error = (await apiFetch('/api/items').catch((caught: unknown) => caught)) as ApiError;

    expect(error.problem).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('hands out the headers of an answer (ETag) and passes If-Match through', async () => {
    const fetchMock = stubFetch(
      new Response('{"version":3}', { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"3"' } }),
    );

    const answer = await apiExchange<{ version: number }>('/api/members/me/profile', {
      method: 'PUT',
      headers: { 'If-Match': '"2"' },
      body: {},
    });

    expect(answer.data).toEqual({ version: 3 });
    expect(answer.headers.get('ETag')).toBe('"3"');
    expect(new Headers(fetchMock.mock.calls[0][1]!.headers).get('If-Match')).toBe('"2"');
  });
});
