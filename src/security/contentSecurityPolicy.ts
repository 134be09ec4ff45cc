/**
 * The Content-Security-Policy of the built atlas. Everything it loads is its own: scripts,
 * the map worker, styles, fonts, the data file and the basemap. `data:` images are the
 * map controls' inline SVG icons in MapLibre's stylesheet.
 *
 * The build writes this into index.html as a <meta> tag; hosts should also send it as a header
 * (see README, "Security"), where `frame-ancestors` works too (browsers ignore it in <meta>).
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

/** Only valid as an HTTP header, never in <meta>. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  'frame-ancestors': "'none'",
};

export function formatPolicy(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const META_POLICY = formatPolicy(CSP_DIRECTIVES);
export const HEADER_POLICY = formatPolicy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** Headers a host should send with every file of the atlas. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
