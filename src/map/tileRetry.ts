/**
 * A PMTiles tile template asking for a fresh copy of the archive: `pmtiles://<archive>/{z}/{x}/{y}`
 * with `retry=n` on the archive's address. The protocol keeps one reader per archive address, so
 * the new address gets a new reader rather than the one that failed.
 */
export function withRetry(template: string, attempt: number): string {
  const match = /^(pmtiles:\/\/)(.+?)(\/\{z\}\/\{x\}\/\{y\})$/.exec(template);
  if (!match) return template;
  const [, scheme = '', archive = '', tail = ''] = match;
  const url = new URL(archive);
  url.searchParams.set('retry', String(attempt));
  return `${scheme}${url.href}${tail}`;
}
