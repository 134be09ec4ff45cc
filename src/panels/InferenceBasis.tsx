import type { Basis } from '../data/schema';
import { formatPartialDate } from '../i18n/dates';
import { useT } from '../ui/useT';

/** The dated facts an inference rests on, shown where a sourced record would show its sources. */
export function InferenceBasis({ basis }: { basis: readonly Basis[] }) {
  const tr = useT();
  return (
    <div className="sources">
      <span className="sources__label">{tr.t('basis.label')}</span>
      <ul>
        {basis.map((fact) => (
          <li key={fact.date}>
            <time dateTime={fact.date}>{formatPartialDate(fact.date, tr)}</time>: {fact.fact}
          </li>
        ))}
      </ul>
    </div>
  );
}
