import { Fragment } from 'react';
import type { Source } from '../data/schema';
import { sourceLink } from '../data/sources';
import { formatPartialDate } from '../i18n/dates';
import { isLocale, LOCALE_INFO } from '../i18n/locales';
import { SLOT, withIsolated } from '../ui/isolated';
import { useT, type Translation } from '../ui/useT';

interface SourceListProps {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
}

/** The work itself: its exact title in its own language, or what it is where no title was seen. */
function SourceName({ source, t }: { source: Source; t: Translation['t'] }) {
  if (source.title === undefined) return <bdi>[{source.description}]</bdi>;
  return (
    <>
      {t('sources.quoteOpen')}
      <cite lang={source.lang} dir="auto">
        {source.title}
      </cite>
      {t('sources.quoteClose')}
      {source.titleFrom === 'url' && t('punct.aside', { text: t('sources.titleFromUrl') })}
      {source.description && (
        <>
          {' '}
          <bdi>[{source.description}]</bdi>
        </>
      )}
    </>
  );
}

/** The name of an edition's language, in that language where the atlas speaks it ("日本語"). */
function languageName(tag: string): string {
  return isLocale(tag) ? LOCALE_INFO[tag].name : tag;
}

/**
 * One citation: publisher and author, the title as a link to the page where it can be read,
 * the date, and where that page is a repost, mirror or archive, which site it is on. A source
 * with no page says why. Data is never rendered as HTML. Each name and the date are isolated
 * (`bdi`): in a right-to-left page, digits after a Latin name would otherwise run with it,
 * and a date's day would stand apart from its month.
 */
function Citation({ source, tr }: { source: Source; tr: Translation }) {
  const { t } = tr;
  const link = sourceLink(source);
  const comma = t('punct.comma');
  const aside = (text: string) => t('punct.aside', { text });
  const by = [source.publisher, source.author].filter((part) => part !== undefined);
  const name = <SourceName source={source} t={t} />;
  return (
    <>
      {by.map((part, i) => (
        <Fragment key={i}>
          <bdi>{part}</bdi>
          {comma}
        </Fragment>
      ))}
      {link ? (
        <a href={link.href} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        name
      )}
      {source.date && (
        <>
          {comma}
          <bdi>{formatPartialDate(source.date, tr)}</bdi>
        </>
      )}
      {link?.readAt &&
        withIsolated(aside(t(`sources.readAt.${link.readAt}`, { host: SLOT })), link.host)}
      {source.editions?.map((edition) => (
        <span key={edition.url}>
          {' '}
          <a href={edition.url} target="_blank" rel="noopener noreferrer" hrefLang={edition.lang}>
            {t('sources.edition', { language: languageName(edition.lang) })}
          </a>
        </span>
      ))}
      {source.noUrl && aside(t('sources.noLink', { reason: source.noUrl }))}
    </>
  );
}

/** Citations, each a link to its page where there is one. */
export function SourceList({ ids, sources }: SourceListProps) {
  const tr = useT();
  return (
    <div className="sources">
      <span className="sources__label">{tr.t('sources.label')}</span>
      <ul>
        {ids.map((id) => {
          const source = sources.get(id);
          return <li key={id}>{source ? <Citation source={source} tr={tr} /> : id}</li>;
        })}
      </ul>
    </div>
  );
}
