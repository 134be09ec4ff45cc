import { formatDate } from '../data/dates';
import type { Source } from '../data/schema';
import { sourceLink, type SourceLink } from '../data/sources';

interface SourceListProps {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  label?: string;
}

const READ_AT: Record<NonNullable<SourceLink['readAt']>, string> = {
  repost: 'reposted at',
  mirror: 'mirrored at',
  archive: 'archived copy at',
};

/** The work itself: its exact title in its own language, or what it is where no title was seen. */
function SourceName({ source }: { source: Source }) {
  if (source.title === undefined) return <>[{source.description}]</>;
  return (
    <>
      “<cite lang={source.lang}>{source.title}</cite>”
      {source.titleFrom === 'url' && ' (title as given in its web address)'}
      {source.description && ` [${source.description}]`}
    </>
  );
}

/**
 * One citation: publisher and author, the title as a link to the page where it can be read,
 * the date, and where that page is a repost, mirror or archive, which site it is on. A source
 * with no page says why. Data is never rendered as HTML.
 */
function Citation({ source }: { source: Source }) {
  const link = sourceLink(source);
  const by = [source.publisher, source.author].filter(Boolean).join(', ');
  const name = <SourceName source={source} />;
  return (
    <>
      {by && `${by}, `}
      {link ? (
        <a href={link.href} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        name
      )}
      {source.date && `, ${formatDate(source.date)}`}
      {link?.readAt && ` (${READ_AT[link.readAt]} ${link.host})`}
      {source.editions?.map((edition) => (
        <span key={edition.url}>
          {' '}
          (
          <a href={edition.url} target="_blank" rel="noopener noreferrer" hrefLang={edition.lang}>
            {edition.lang} edition
          </a>
          )
        </span>
      ))}
      {source.noUrl && ` (no link: ${source.noUrl})`}
    </>
  );
}

/** Citations, each a link to its page where there is one. */
export function SourceList({ ids, sources, label = 'Sources' }: SourceListProps) {
  return (
    <div className="sources">
      <span className="sources__label">{label}:</span>
      <ul>
        {ids.map((id) => {
          const source = sources.get(id);
          return <li key={id}>{source ? <Citation source={source} /> : id}</li>;
        })}
      </ul>
    </div>
  );
}
