/**
 * The Content-Security-Policy of the built atlas. Everything it loads is its own: scripts,
 * the map worker, styles, fonts, the data file and the basemap. `data:` images are the
 * map controls' inline SVG icons in MapLibre's stylesheet.
 *
 * The build writes this into index.html as a <meta> tag; hosts should also send it as a header
 * (docs/deploy.md), where `frame-ancestors` works too (browsers ignore it in <meta>).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** Only valid as an HTTP header, never in <meta>. The full atlas is never framed. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  'frame-ancestors': "'none'",
};

/** embed.html is made to be framed, by any site. */
export const EMBED_HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  'frame-ancestors': '*',
};

export function formatPolicy(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const META_POLICY = formatPolicy(CSP_DIRECTIVES);
export const HEADER_POLICY = formatPolicy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
export const EMBED_HEADER_POLICY = formatPolicy({
  ...CSP_DIRECTIVES,
  ...EMBED_HEADER_ONLY_DIRECTIVES,
});

/** Headers a host should send with every file of the atlas but embed.html. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** embed.html's: framable by any site (and so no X-Frame-Options). */
export const EMBED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': EMBED_HEADER_POLICY,
};

/** The headers for a request path. */
export function securityHeadersFor(path: string): Readonly<Record<string, string>> {
  const pathname = path.split('?')[0] ?? '';
  return /\/embed(\.html)?$/.test(pathname) ? EMBED_SECURITY_HEADERS : SECURITY_HEADERS;
}
