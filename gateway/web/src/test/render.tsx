import { render } from '@testing-library/react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
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
