import { securityHeadersFor } from '../../src/security/contentSecurityPolicy.ts';

/**
 * The nginx configuration that serves the built atlas as a host should. One function writes both
 * the `server` block hosts copy (deploy/nginx/atlas.conf, kept in step by a unit test) and the
 * whole configuration `npm run serve:nginx` starts on loopback, so the two never drift apart.
 *
 * - Security headers from the same table as `vite preview` (src/security): the full atlas may not
 *   be framed, embed.html may be framed by any site. nginx drops a server's add_header lines in a
 *   location that has its own, so every location repeats them.
 * - Hashed files under /assets/ are immutable for a year; everything else (both pages, the
 *   service worker, the manifest, the data, the basemap, the icons) is revalidated each time.
 * - A missing file with an extension is a 404, never the page: a stale map chunk must fail as a
 *   chunk (the app says so and offers the new version). Paths without one fall back to the atlas.
 */

/** Every type the build ships, so nothing depends on the host's mime.types. */
export const MIME_TYPES: Readonly<Record<string, readonly string[]>> = {
  'text/html': ['html'],
  'text/javascript': ['js', 'mjs'],
  'text/css': ['css'],
  'text/plain': ['txt'],
  'application/json': ['json'],
  'application/geo+json': ['geojson'],
  'application/manifest+json': ['webmanifest'],
  'application/vnd.pmtiles': ['pmtiles'],
  'image/svg+xml': ['svg'],
  'image/png': ['png'],
  'image/x-icon': ['ico'],
  'font/woff2': ['woff2'],
};

/** Text worth compressing. The basemap is not: its tiles are compressed inside the archive. */
export const COMPRESSED_TYPES = [
  'text/css',
  'text/javascript',
  'text/plain',
  'application/json',
  'application/geo+json',
  'application/manifest+json',
  'image/svg+xml',
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export interface ServerOptions {
  /** What `listen` takes: a port, or address:port. */
  listen: string;
  /** The built app (dist), absolute. */
  root: string;
  /** Add brotli beside gzip (needs ngx_brotli, Debian's libnginx-mod-http-brotli-filter). */
  brotli: boolean;
}

/**
 * `always` sends a header with error responses too: the security headers, yes; Cache-Control,
 * no, or a 404 for a hashed name would be kept for a year.
 */
function headerLines(headers: Readonly<Record<string, string>>, indent: string): string[] {
  return Object.entries(headers).map(([name, value]) => {
    const always = name === 'Cache-Control' ? '' : ' always';
    return `${indent}add_header ${name} "${value.replaceAll('"', '\\"')}"${always};`;
  });
}

function location(match: string, lines: string[], headers: Record<string, string>): string[] {
  const indent = '        ';
  return [
    `    location ${match} {`,
    ...lines.map((line) => indent + line),
    ...headerLines(headers, indent),
    '    }',
  ];
}

/** The `server` block. */
export function serverBlock({ listen, root, brotli }: ServerOptions): string {
  const atlas = securityHeadersFor('/');
  const embed = securityHeadersFor('/embed.html');
  const types = COMPRESSED_TYPES.join(' ');
  return [
    'server {',
    `    listen ${listen};`,
    `    root ${root};`,
    '    index index.html;',
    '    server_tokens off;',
    '    charset utf-8;',
    '    charset_types text/css text/javascript text/plain application/json application/manifest+json;',
    '',
    '    types {',
    ...Object.entries(MIME_TYPES).map(([type, exts]) => `        ${type} ${exts.join(' ')};`),
    '    }',
    '    default_type application/octet-stream;',
    '',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    '    gzip_min_length 256;',
    `    gzip_types ${types};`,
    ...(brotli
      ? ['    brotli on;', '    brotli_comp_level 6;', `    brotli_types ${types};`]
      : [
          '    # Where ngx_brotli is loaded (Debian: libnginx-mod-http-brotli-filter), add:',
          `    # brotli on; brotli_comp_level 6; brotli_types ${types};`,
        ]),
    '',
    '    # Hashed by the build: never changes under its name.',
    ...location('^~ /assets/', ['try_files $uri =404;'], { 'Cache-Control': IMMUTABLE, ...atlas }),
    '',
    '    # The page other sites frame.',
    ...location('~ ^/embed(\\.html)?$', ['try_files /embed.html =404;'], {
      'Cache-Control': REVALIDATE,
      ...embed,
    }),
    '',
    '    # Any other file: revalidated, and a 404 when missing.',
    ...location('~ \\.[A-Za-z0-9]+$', ['try_files $uri =404;'], {
      'Cache-Control': REVALIDATE,
      ...atlas,
    }),
    '',
    '    # Everything else is a view of the atlas.',
    ...location('/', ['try_files $uri $uri/ /index.html;'], {
      'Cache-Control': REVALIDATE,
      ...atlas,
    }),
    '}',
    '',
  ].join('\n');
}

export interface LocalOptions extends ServerOptions {
  /** A writable directory for the pid file, the logs and nginx's temporary files. */
  prefix: string;
  /** Debian's module, when installed. */
  brotliModule?: string;
  /** Set when nginx starts as root, so its workers can read the build. */
  user?: string;
}

/** A whole nginx.conf that runs in the foreground as the current user, for tests and trials. */
export function localConfig(options: LocalOptions): string {
  const { prefix, brotliModule, user } = options;
  return [
    ...(brotliModule ? [`load_module ${brotliModule};`] : []),
    ...(user ? [`user ${user};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '    access_log off;',
    '    sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (name) => `    ${name}_temp_path ${prefix}/${name};`,
    ),
    ...serverBlock(options)
      .trimEnd()
      .split('\n')
      .map((line) => (line ? `    ${line}` : line)),
    '}',
    '',
  ].join('\n');
}

export const DEPLOY_FILE = 'deploy/nginx/atlas.conf';

/** deploy/nginx/atlas.conf: the block a host includes in its `http`, with its own listen and root. */
export function deployConfig(): string {
  return [
    '# The Afghanistan–Japan relations atlas behind nginx. Written by `npm run nginx:config` from',
    '# scripts/nginx/nginxConfig.ts; do not edit by hand. Include it in the http block, then set',
    '# listen (and TLS) and root (the directory `npm run build` wrote, dist/).',
    serverBlock({ listen: '80', root: '/srv/atlas/dist', brotli: false }),
  ].join('\n');
}
