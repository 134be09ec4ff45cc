import { formatDatePoint, formatNumber, formatPartialDate } from '../i18n/dates';
import { useT } from '../ui/useT';
import { disputedStretches, disputeIn, statusAt } from '../data/derive';
import type { Discrepancy, Mission, PartialDate } from '../data/schema';

interface StatusOverviewProps {
  missions: readonly Mission[];
  /** Where a status is disputed in the year, it says so (data/derive.ts, disputedStretches). */
  discrepancies: ReadonlyMap<string, Discrepancy>;
  year: number;
  selectedId?: string | null;
  onSelect?: (mission: Mission) => void;
  /** Set when the year is the current one: the overview then speaks of now, on this day. */
  today?: PartialDate | undefined;
}

/** Each mission's status on 31 December of the selected year, in words, and since when. */
export function StatusOverview({
  missions,
  discrepancies,
  year,
  selectedId,
  onSelect,
  today,
}: StatusOverviewProps) {
  const tr = useT();
  const { t } = tr;
  return (
    <section className="panel overview-panel" aria-labelledby="overview-heading">
      <h2 id="overview-heading" tabIndex={-1}>
        {today
          ? t('overview.now')
          : t('overview.endOf', { year: formatPartialDate(String(year), tr) })}
      </h2>
      <p className="overview__when">
        {today ? t('overview.onRule', { date: formatPartialDate(today, tr) }) : t('overview.rule')}
      </p>
      <ul className="overview">
        {missions.map((mission) => {
          const interval = statusAt(mission, year);
          const dispute = disputeIn(disputedStretches(mission, discrepancies), year);
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
                {t(`status.${interval.status}`)}
              </span>
              <span className="overview__since">
                {interval.start
                  ? t(
                      // "Not recorded since 1952" would read as if record-keeping had stopped.
                      interval.status === 'not-recorded'
                        ? 'overview.noRecordFrom'
                        : 'overview.since',
                      { date: formatDatePoint(interval.start, tr) },
                    )
                  : t('overview.fromStart')}
                {interval.inferred ? ` ${t('overview.inferred')}` : ''}
              </span>
              {dispute && (
                <span className="overview__dispute">
                  <span className="dispute-badge">{t('dispute.badge')}</span>{' '}
                  {t('dispute.years', {
                    from: formatNumber(dispute.from, tr.locale),
                    to: formatNumber(dispute.to, tr.locale),
                  })}
                </span>
              )}
              {mission.whyHere && <span className="overview__why">{mission.whyHere}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
