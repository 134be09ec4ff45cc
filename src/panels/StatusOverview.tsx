import { formatDatePoint } from '../data/dates';
import { statusAt } from '../data/derive';
import type { Mission } from '../data/schema';
import { STATUS_LABELS } from '../data/status';

interface StatusOverviewProps {
  missions: readonly Mission[];
  year: number;
}

/** Each mission's status on 31 December of the selected year, in words, and since when. */
export function StatusOverview({ missions, year }: StatusOverviewProps) {
  return (
    <section className="panel" aria-labelledby="overview-heading">
      <h2 id="overview-heading">Missions at the end of {year}</h2>
      <ul className="overview">
        {missions.map((mission) => {
          const interval = statusAt(mission, year);
          return (
            <li key={mission.id} className="overview__item" data-mission={mission.id}>
              <span className="overview__name">{mission.name}</span>
              <span className={`status-badge status-badge--${interval.status}`}>
                {STATUS_LABELS[interval.status]}
              </span>
              <span className="overview__since">
                {interval.start ? `since ${formatDatePoint(interval.start)}` : 'from the start'}
                {interval.inferred ? ' (inferred)' : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
