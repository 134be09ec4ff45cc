/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { META_POLICY, securityHeadersFor } from './src/security/contentSecurityPolicy.ts';
import { messageCatalogs } from './scripts/i18n/catalogPlugin.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { servedData } from './scripts/data/servedDataPlugin.ts';
import { eventCheck } from './scripts/data/eventCheckPlugin.ts';

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

/**
 * Offline after one visit: a web app manifest (icons drawn from public/favicon.svg at build) and
 * a Workbox service worker that precaches the app: both pages, every script (the map chunk, its
 * worker, every language's catalog), the stylesheets and fonts. The data and the basemap are
 * cached as they are used (src/app/serviceWorker.ts has the worker fetch them once it is in):
 * the data network first, so a correction reaches readers, the basemap from the cache, answering
 * the map's range requests from the whole file.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    pwaAssets: { image: 'public/favicon.svg', preset: 'minimal-2023', includeHtmlHeadLinks: true },
    manifest: {
      name: 'Afghanistan–Japan relations atlas',
      short_name: 'AF–JP atlas',
      description:
        'A map and timeline of Afghanistan–Japan diplomatic relations from 1907 to today: the missions in Kabul, Tokyo and London, official visits, and their sources.',
      theme_color: '#1b2430',
      background_color: '#f6f4ef',
      display: 'standalone',
      start_url: '/',
      scope: '/',
      lang: 'en',
    },
    workbox: {
      // (The manifest is added by the plugin itself.)
      globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,png,ico}'],
      // Links carry the view in their query: every one opens the precached page.
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/embed(\.html)?$/],
      cleanupOutdatedCaches: true,
      // One file, no module loader: its listeners are added as the script first runs.
      inlineWorkboxRuntime: true,
      // The first visit's page is taken over at once, so the files it goes on to use are cached.
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: ({ url }) =>
            url.pathname.endsWith('.json') && url.pathname.includes('/data/'),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'atlas-data',
            networkTimeoutSeconds: 8,
            matchOptions: { ignoreSearch: true },
          },
        },
        {
          urlPattern: ({ url }) => url.pathname.endsWith('.pmtiles'),
          handler: 'CacheFirst',
          options: {
            cacheName: 'atlas-basemap',
            rangeRequests: true,
            cacheableResponse: { statuses: [200] },
            matchOptions: { ignoreSearch: true },
          },
        },
      ],
    },
  });
}

/**
 * Everything the full atlas's page loads before it runs, in one chunk. With two pages (and the
 * tools loaded on demand sharing small modules with them) the bundler would otherwise cut the
 * up-front code into a dozen small chunks, and each costs bytes (its own imports and exports, and
 * gzip starting afresh). The modules are those the main entry reaches by static imports, found
 * once the module graph is complete; the embed page loads the same chunk.
 */
const upFrontModules = new Set<string>();
function upFrontChunk(): Plugin {
  return {
    name: 'atlas-up-front-chunk',
    apply: 'build',
    buildEnd() {
      upFrontModules.clear();
      const entry = [...this.getModuleIds()].find((id) => id.endsWith('/src/main.tsx'));
      const queue = entry ? [entry] : [];
      while (queue.length > 0) {
        const id = queue.pop() as string;
        if (upFrontModules.has(id)) continue;
        upFrontModules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      if (entry) upFrontModules.delete(entry);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    messageCatalogs(),
    securityHeaders(),
    offline(),
    upFrontChunk(),
    servedData('data/relations.json'),
    eventCheck(),
  ],
  build: {
    target: 'es2022',
    // Every browser the atlas targets (ES2022) supports <link rel="modulepreload"> natively.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // dist/.vite/manifest.json: the chunks and what imports them (tests/e2e/chunks.spec.ts).
    manifest: true,
    // The lazily loaded map chunk is MapLibre itself (its size: docs/bench-results.md); the
    // up-front bundle has its own budget, enforced by `npm run bench`.
    chunkSizeWarningLimit: 1200,
    // Two pages: the full atlas, and embed.html for other sites' pages.
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        codeSplitting: { groups: [{ name: 'app', test: (id) => upFrontModules.has(id) }] },
      },
    },
  },
  // MapLibre's worker (src/map/mapWorker.ts) is an ES module, and MapLibre loads a
  // worker script as a module only when its name ends in .mjs.
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].mjs' } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    // Threads start faster than processes; every core, where Vitest would leave one idle.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism()),
    // Vitest blanks CSS by default; the status colours are read from theirs (src/ui/statusColors.ts).
    css: { include: [/src\/ui\/statusColors\.css/] },
    // Two projects by what a test needs: pure modules run in Node; only tests that touch a DOM
    // (components, `*.test.tsx`, and `*.dom.test.ts`) pay for jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.dom.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.tsx', 'tests/unit/**/*.dom.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
