import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { mockGateway } from './mock/mockGateway.ts';
import { adminSpaFallback } from './mock/adminSpaFallback.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Two faces, one build:
 *  - the member web at `/` (index.html -> src/member)
 *  - the admin console at `/admin/` (admin/index.html -> src/admin)
 * The output lands in the gateway's `target/classes/static`, so Spring Cloud Gateway
 * serves it from `classpath:/static/`.
 *
 * `vite --mode mock` / `vite preview --mode mock` answer `/api/me`, `/login` and `/logout`
 * with an in-memory stand-in of the gateway (see mock/mockGateway.ts); in every other
 * mode the dev server proxies those paths to the real gateway (AZUKARI_URL).
 */
export default defineConfig(({ mode }) => {
  const gateway = process.env.AZUKARI_URL ?? 'http://localhost:8080';
  // /auction: the gateway's hand-off to the auction system (a full page navigation, not the SPA).
  const proxied = ['/api', '/login', '/logout', '/oauth2', '/auction'];
  return {
    base: '/',
    plugins: [react(), adminSpaFallback(), mode === 'mock' ? mockGateway() : null],
    build: {
      outDir: '../target/classes/static',
      emptyOutDir: true,
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        input: {
          member: resolve(here, 'index.html'),
          admin: resolve(here, 'admin/index.html'),
        },
        output: {
          // Libraries in one long-cached chunk shared by both faces; app code per face.
          codeSplitting: {
            groups: [
              { name: 'vendor', test: /node_modules/ },
              { name: 'shared', test: /[\\/]src[\\/]shared[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      proxy:
        mode === 'mock'
          ? undefined
          : Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: false }])),
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      // Screens with whole forms take seconds to type into on a loaded two-core CI machine.
      testTimeout: 20_000,
    },
  };
});
