import type { PartialDate, Source } from '../data/schema';
import { sourceLink } from '../data/sources';

/**
 * Citations in APA (7th edition), Chicago (notes and bibliography, bibliography form) and
 * BibTeX: of a view of the atlas (a web page that changes, so with the day it was read), and of
 * the sources behind it. The words between the parts and the dates come in the reader's language
 * from the caller; BibTeX dates stay ISO 8601, as tools read them.
 *
 * Written here rather than with citeproc-js / citation-js: citeproc alone is several times the
 * page's whole up-front script (docs/performance.md, "Libraries weighed"), citation-js pulls
 * node-fetch into a browser build, and neither ships a Chicago style or a Japanese, Dari or Pashto
 * locale (CSL has none for Pashto at all), for two kinds of entry.
 */
export type CitationStyle = 'apa' | 'chicago' | 'bibtex';
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'chicago', 'bibtex'];

export interface CiteWords {
  /** APA's "Retrieved 30 November 2026, from https://…". */
  retrieved(date: string, url: string): string;
  /** Chicago's "Accessed 30 November 2026." */
  accessed(date: string): string;
  /** "n.d.", for a work with no date. */
  noDate: string;
  /** A title in quotation marks: “…” in English, 「…」 in Japanese, «…» in Dari and Pashto. */
  quote(text: string): string;
  formatDate(date: PartialDate): string;
}

export interface AtlasView {
  /** The atlas's name. */
  site: string;
  /** What the view shows: "Embassy of Japan in Kabul, 1985". */
  view: string;
  /** When the data set was compiled: the view's date. */
  compiled: PartialDate;
  permalink: string;
  accessed: PartialDate;
  /** A BibTeX key for the view. */
  key: string;
}

/** Ends a part with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.?!。．？؟…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

export function citeAtlas(style: CitationStyle, a: AtlasView, words: CiteWords): string {
  const compiled = words.formatDate(a.compiled);
  const accessed = words.formatDate(a.accessed);
  switch (style) {
    case 'apa':
      return [
        sentence(a.view),
        `(${compiled}).`,
        sentence(a.site),
        words.retrieved(accessed, a.permalink),
      ].join(' ');
    case 'chicago':
      return [
        words.quote(sentence(a.view)),
        sentence(a.site),
        sentence(compiled),
        words.accessed(accessed),
        `${a.permalink}.`,
      ].join(' ');
    case 'bibtex':
      return bibtex('misc', a.key, [
        ['title', escapeTex(a.view)],
        ['howpublished', escapeTex(a.site)],
        ['year', a.compiled.slice(0, 4)],
        ['date', a.compiled],
        ['url', a.permalink],
        ['urldate', a.accessed],
        ['note', escapeTex(words.accessed(a.accessed))],
      ]);
  }
}

/** A source's title, or what it is in brackets where no title was seen. */
function titleOf(source: Source): string {
  return source.title ?? `[${source.description ?? source.id}]`;
}

export function citeSource(style: CitationStyle, source: Source, words: CiteWords): string {
  const link = sourceLink(source)?.href;
  const date = source.date ? words.formatDate(source.date) : undefined;
  const publisher = source.publisher !== source.author ? source.publisher : undefined;
  const title = titleOf(source);
  switch (style) {
    case 'apa': {
      const dated = `(${date ?? words.noDate}).`;
      const lead = source.author
        ? [sentence(source.author), dated, sentence(title)]
        : [sentence(title), dated];
      return [...lead, publisher && sentence(publisher), link].filter(Boolean).join(' ');
    }
    case 'chicago':
      return [
        source.author && sentence(source.author),
        source.title ? words.quote(sentence(title)) : sentence(title),
        [publisher, date].filter(Boolean).length > 0
          ? sentence([publisher, date].filter(Boolean).join(', '))
          : undefined,
        link && `${link}.`,
      ]
        .filter(Boolean)
        .join(' ');
    case 'bibtex':
      return bibtex('misc', source.id, [
        // A publisher as author is a name of one piece: in double braces.
        [
          'author',
          source.author ? escapeTex(source.author) : publisher && `{${escapeTex(publisher)}}`,
        ],
        ['title', escapeTex(title)],
        ['howpublished', publisher && escapeTex(publisher)],
        ['year', source.date?.slice(0, 4)],
        ['date', source.date],
        ['url', link],
        ['language', source.lang],
        ['note', source.noUrl && escapeTex(source.noUrl)],
      ]);
  }
}

/** TeX's special characters, made literal. */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${char}`;
    }
  });
}

function bibtex(type: string, key: string, fields: [string, string | undefined][]): string {
  const lines = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}
