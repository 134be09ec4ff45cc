import { formatDatePoint } from '../data/dates';
import { statusAt } from '../data/derive';
import type { Mission } from '../data/schema';
import { STATUS_LABELS } from '../data/status';

interface StatusOverviewProps {
  missions: readonly Mission[];
  year: number;
  selectedId?: string | null;
  onSelect?: (mission: Mission) => void;
}

/** Each mission's status on 31 December of the selected year, in words, and since when. */
export function StatusOverview({ missions, year, selectedId, onSelect }: StatusOverviewProps) {
  return (
    <section className="panel" aria-labelledby="overview-heading">
      <h2 id="overview-heading">Missions at the end of {year}</h2>
      <ul className="overview">
        {missions.map((mission) => {
          const interval = statusAt(mission, year);
          return (
            <li key={mission.id} className="overview__item" data-mission={mission.id}>
              <button
                type="button"
                className="overview__name"
                aria-pressed={mission.id === selectedId}
                onClick={() => onSelect?.(mission)}
              >
                {mission.name}
              </button>
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
