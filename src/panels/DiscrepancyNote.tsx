import { formatDate } from '../data/dates';
import type { Discrepancy, Source } from '../data/schema';
import { SourceList } from './SourceList';

/** Where sources disagree: the seed's account and every other one, each with its sources. */
export function DiscrepancyNote({
  discrepancy,
  sources,
}: {
  discrepancy: Discrepancy;
  sources: ReadonlyMap<string, Source>;
}) {
  return (
    <div className="discrepancy" role="note" aria-label={`Sources disagree: ${discrepancy.topic}`}>
      <h4>Sources disagree: {discrepancy.topic}</h4>
      <dl>
        <dt>
          Shown (seed account)
          {discrepancy.primary.date ? `, ${formatDate(discrepancy.primary.date)}` : ''}
        </dt>
        <dd>
          {discrepancy.primary.claim}
          <SourceList ids={discrepancy.primary.sources} sources={sources} />
        </dd>
        {discrepancy.alternatives.map((alt) => (
          <div key={alt.claim}>
            <dt>Other account{alt.date ? `, ${formatDate(alt.date)}` : ''}</dt>
            <dd>
              {alt.claim}
              <SourceList ids={alt.sources} sources={sources} />
            </dd>
          </div>
        ))}
      </dl>
      {discrepancy.note && <p className="discrepancy__note">{discrepancy.note}</p>}
    </div>
  );
}
