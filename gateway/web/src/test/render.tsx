import { render } from '@testing-library/react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders, createQueryClient } from '../shared/AppProviders';

/** Renders a face's routes in memory with fresh providers (no retries); `basename` as the face mounts them. */
export function renderRoutes(routes: RouteObject[], path = '/', { basename }: { basename?: string } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [basename ? `${basename}${path}` : path], basename });
  return render(
    <AppProviders queryClient={createQueryClient({ retry: false })}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

/** Answers `GET /api/me` like the gateway: the given person, or 401 with a problem detail. */
export function stubMe(me: { name: string; roles: string[] } | null) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith('/api/me') && me) {
      return new Response(JSON.stringify({ subject: 'subject-1', email: 'someone@example.com', ...me }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    return new Response(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }), {
      status: 401,
      headers: { 'Content-Type': 'application/problem+json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
