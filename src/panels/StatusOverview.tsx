import { formatDate, formatDatePoint } from '../data/dates';
import { statusAt } from '../data/derive';
import type { Mission, PartialDate } from '../data/schema';
import { STATUS_LABELS } from '../data/status';

interface StatusOverviewProps {
  missions: readonly Mission[];
  year: number;
  selectedId?: string | null;
  onSelect?: (mission: Mission) => void;
  /** Set when the year is the current one: the overview then speaks of now, on this day. */
  today?: PartialDate | undefined;
}

/** Each mission's status on 31 December of the selected year, in words, and since when. */
export function StatusOverview({
  missions,
  year,
  selectedId,
  onSelect,
  today,
}: StatusOverviewProps) {
  return (
    <section className="panel overview-panel" aria-labelledby="overview-heading">
      <h2 id="overview-heading" tabIndex={-1}>
        {today ? 'Missions now' : `Missions at the end of ${year}`}
      </h2>
      {today && <p className="overview__when">Status on {formatDate(today)}</p>}
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
              {mission.whyHere && <span className="overview__why">{mission.whyHere}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
