import type { Source } from './schema';

export interface SourceLink {
  /** Where a reader opens the work. */
  href: string;
  /** Set when that page is a copy of the original publication, not the original itself. */
  readAt?: 'repost' | 'mirror' | 'archive';
  /** The site the copy is on, e.g. "asyura2.com". */
  host: string;
}

/** The page a reader can open for a source: a copy (`readAt`) wins, as the original may be gone. */
export function sourceLink(source: Source): SourceLink | null {
  if (source.readAt) {
    return {
      href: source.readAt.url,
      readAt: source.readAt.kind,
      host: new URL(source.readAt.url).hostname.replace(/^www\./, ''),
    };
  }
  if (source.url) return { href: source.url, host: new URL(source.url).hostname };
  return null;
}
