import { yearOf } from '../data/dates';
import type { YearRange } from '../data/derive';
import type { Mission } from '../data/schema';
import { STATUS_LABELS } from '../data/status';
import { yearPercent } from '../timeline/timelineLogic';

/** The mission's statuses drawn as a bar over the whole range, with the selected year marked. */
export function StatusTimeline({
  mission,
  range,
  year,
}: {
  mission: Mission;
  range: YearRange;
  year: number;
}) {
  return (
    <div
      className="status-timeline"
      role="img"
      aria-label={`Status of the ${mission.name} from ${range.min} to ${range.max}, with ${year} marked`}
    >
      {mission.statuses.map((interval, i) => {
        const from = Math.max(range.min, interval.start ? yearOf(interval.start.date) : range.min);
        const to = Math.min(range.max, interval.end ? yearOf(interval.end.date) : range.max);
        if (to < range.min) return null;
        return (
          <span
            key={i}
            className={`status-timeline__segment status-bg--${interval.status}`}
            title={`${STATUS_LABELS[interval.status]}: ${from}–${interval.end ? to : 'today'}`}
            style={{
              left: `${yearPercent(from, range)}%`,
              width: `${Math.max(0.4, yearPercent(to, range) - yearPercent(from, range))}%`,
            }}
          />
        );
      })}
      <span className="status-timeline__marker" style={{ left: `${yearPercent(year, range)}%` }} />
    </div>
  );
}
