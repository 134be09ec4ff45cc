/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { META_POLICY, securityHeadersFor } from './src/security/contentSecurityPolicy.ts';
import { messageCatalogs } from './scripts/i18n/catalogPlugin.ts';

/**
 * The built index.html gets the CSP as a <meta> tag. Only the build: Vite's dev server injects
 * an inline script for React Fast Refresh, which a strict policy would (rightly) block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error('index.html must declare its charset first');
      // Right after the charset, before any script or stylesheet it must govern.
      const meta = `<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
  };
}

/**
 * `vite preview` (npm start, the end-to-end tests, the bench) sends the headers a host should:
 * the full atlas may not be framed, embed.html may be framed by any site.
 */
function securityHeaders(): Plugin {
  return {
    name: 'atlas-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(req.url ?? '/')))
          res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), messageCatalogs(), securityHeaders()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The lazily loaded map chunk is MapLibre itself (~1.1 MB raw, ~300 KB gzip); the up-front
    // bundle has its own budget, enforced by `npm run bench`.
    chunkSizeWarningLimit: 1200,
    // Two pages: the full atlas, and embed.html for other sites' pages.
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  // MapLibre's worker (src/map/mapWorker.ts) is an ES module, and MapLibre loads a
  // worker script as a module only when its name ends in .mjs.
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].mjs' } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
