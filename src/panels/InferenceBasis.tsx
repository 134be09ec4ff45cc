import { formatDate } from '../data/dates';
import type { Basis } from '../data/schema';

/** The dated facts an inference rests on, shown where a sourced record would show its sources. */
export function InferenceBasis({ basis }: { basis: readonly Basis[] }) {
  return (
    <div className="sources">
      <span className="sources__label">Inferred from these dated facts:</span>
      <ul>
        {basis.map((fact) => (
          <li key={fact.date}>
            <time dateTime={fact.date}>{formatDate(fact.date)}</time>: {fact.fact}
          </li>
        ))}
      </ul>
    </div>
  );
}
