import { yearOf } from '../data/dates';
import type { YearRange } from '../data/derive';
import type { Mission } from '../data/schema';
import { formatNumber } from '../i18n/dates';
import { useT } from '../ui/useT';
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
  const { t, locale } = useT();
  return (
    <div
      className="status-timeline"
      role="img"
      aria-label={t('mission.timeline', {
        name: mission.name,
        from: formatNumber(range.min, locale),
        to: formatNumber(range.max, locale),
        year: formatNumber(year, locale),
      })}
    >
      {mission.statuses.map((interval, i) => {
        const from = Math.max(range.min, interval.start ? yearOf(interval.start.date) : range.min);
        const to = Math.min(range.max, interval.end ? yearOf(interval.end.date) : range.max);
        if (to < range.min) return null;
        return (
          <span
            key={i}
            className={`status-timeline__segment status-bg--${interval.status}`}
            title={t(interval.end ? 'mission.segment' : 'mission.segmentOpen', {
              status: t(`status.${interval.status}`),
              from: formatNumber(from, locale),
              to: formatNumber(to, locale),
            })}
            style={{
              insetInlineStart: `${yearPercent(from, range)}%`,
              inlineSize: `${Math.max(0.4, yearPercent(to, range) - yearPercent(from, range))}%`,
            }}
          />
        );
      })}
      <span
        className="status-timeline__marker"
        style={{ insetInlineStart: `${yearPercent(year, range)}%` }}
      />
    </div>
  );
}
