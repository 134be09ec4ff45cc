import { formatDate } from '../data/dates';
import type { Source } from '../data/schema';

interface SourceListProps {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  label?: string;
}

/** Citations as text; a link only where the source has a URL. Data is never rendered as HTML. */
export function SourceList({ ids, sources, label = 'Sources' }: SourceListProps) {
  return (
    <div className="sources">
      <span className="sources__label">{label}:</span>
      <ul>
        {ids.map((id) => {
          const source = sources.get(id);
          if (!source) return <li key={id}>{id}</li>;
          const text = `${source.publisher}, “${source.title}”${source.date ? `, ${formatDate(source.date)}` : ''}`;
          return (
            <li key={id}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
