import { yearOf } from '../data/dates';
import type { DisputedStretch, YearRange } from '../data/derive';
import type { Mission } from '../data/schema';
import { formatNumber } from '../i18n/dates';
import { useT } from '../ui/useT';
import { yearPercent } from '../timeline/timelineLogic';

/** The mission's statuses drawn as a bar over the whole range, with the selected year marked. */
export function StatusTimeline({
  mission,
  range,
  year,
  disputes,
}: {
  mission: Mission;
  range: YearRange;
  year: number;
  /** Stretches where the sources disagree on the status, hatched over the bar. */
  disputes: readonly DisputedStretch[];
}) {
  const { t, locale } = useT();
  const n = (value: number) => formatNumber(value, locale);
  const disputed = disputes.map(({ from, to }) =>
    t('mission.timelineDisputed', { from: n(from), to: n(to) }),
  );
  return (
    <div
      className="status-timeline"
      role="img"
      aria-label={[
        t('mission.timeline', {
          name: mission.name,
          from: n(range.min),
          to: n(range.max),
          year: n(year),
        }),
        ...disputed,
      ].join(' ')}
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
      {disputes.map(({ from, to, discrepancyId }, i) => (
        <span
          key={discrepancyId}
          className="status-timeline__disputed"
          title={disputed[i]}
          style={{
            insetInlineStart: `${yearPercent(from, range)}%`,
            inlineSize: `${yearPercent(to, range) - yearPercent(from, range)}%`,
          }}
        />
      ))}
      <span
        className="status-timeline__marker"
        style={{ insetInlineStart: `${yearPercent(year, range)}%` }}
      />
    </div>
  );
}
