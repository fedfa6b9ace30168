import type { Connect, Plugin } from 'vite';

/**
 * Client-side routes of the admin console (`/admin/...`) are answered with `/admin/index.html`,
 * as the gateway does in production; Vite's own fallback would serve the member web's index.html.
 * Used by `vite` and `vite preview` only; it is not part of the build output.
 */
export function adminSpaFallback(): Plugin {
  const rewrite: Connect.NextHandleFunction = (req, res, next) => {
    const accept = req.headers.accept ?? '';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !accept.includes('text/html')) return next();
    const path = (req.url ?? '').split('?')[0];
    if (path === '/admin') {
      res.statusCode = 302;
      res.setHeader('Location', '/admin/');
      res.end();
      return;
    }
    const lastSegment = path.substring(path.lastIndexOf('/') + 1);
    if (path.startsWith('/admin/') && !lastSegment.includes('.')) req.url = '/admin/index.html';
    next();
  };
  return {
    name: 'azukari-admin-spa-fallback',
    configureServer(server) {
      server.middlewares.use(rewrite);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewrite);
    },
  };
}
