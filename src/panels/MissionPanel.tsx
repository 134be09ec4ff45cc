import { disputedStretches, statusAt, type YearRange } from '../data/derive';
import type { RelationsIndex } from '../data/lookup';
import type { Mission, StatusInterval } from '../data/schema';
import { formatDatePoint, formatPartialDate } from '../i18n/dates';
import { useT, type Translation } from '../ui/useT';
import { DiscrepancyNote } from './DiscrepancyNote';
import { InferenceBasis } from './InferenceBasis';
import { SelectionPanel } from './SelectionPanel';
import { SourceList } from './SourceList';
import { StatusTimeline } from './StatusTimeline';

interface MissionPanelProps {
  mission: Mission;
  year: number;
  range: YearRange;
  index: RelationsIndex;
  onClose: () => void;
}

/** "24 March 1954"; for the first interval, which has no start, "Before November 1934". */
function intervalStart(interval: StatusInterval, tr: Translation): string {
  if (interval.start) return formatDatePoint(interval.start, tr);
  return interval.end ? tr.t('mission.before', { date: formatDatePoint(interval.end, tr) }) : '';
}

/** A selected mission: its status in the year, its whole history, sources and disagreements. */
export function MissionPanel({ mission, year, range, index, onClose }: MissionPanelProps) {
  const tr = useT();
  const { t } = tr;
  const current = statusAt(mission, year);
  const discrepancyIds = [
    ...new Set(mission.statuses.flatMap((s) => (s.discrepancyId ? [s.discrepancyId] : []))),
  ];
  return (
    <SelectionPanel
      kind="mission"
      title={mission.name}
      closeLabel={t('panel.closeMission')}
      onClose={onClose}
    >
      <p className="mission-panel__role">{mission.role}</p>
      <p className="mission-panel__status">
        {t('mission.statusIn', { year: formatPartialDate(String(year), tr) })}{' '}
        <strong className={`status-text--${current.status}`}>
          {t(`status.${current.status}`)}
        </strong>
        {current.inferred && <span className="tag">{t('tag.inferred')}</span>}
      </p>
      <StatusTimeline
        mission={mission}
        range={range}
        year={year}
        disputes={disputedStretches(mission, index.discrepancies)}
      />
      <h3>{t('mission.changes')}</h3>
      <ol className="status-changes">
        {mission.statuses.map((interval, i) => (
          <li key={i} className={interval === current ? 'is-current' : undefined}>
            <span className="status-changes__when">{intervalStart(interval, tr)}</span>{' '}
            <span className={`status-badge status-badge--${interval.status}`}>
              {t(`status.${interval.status}`)}
            </span>
            {interval.inferred && <span className="tag">{t('tag.inferred')}</span>}
            {interval.note && <p>{interval.note}</p>}
            {interval.sources.length > 0 && (
              <SourceList ids={interval.sources} sources={index.sources} />
            )}
            {interval.basis && <InferenceBasis basis={interval.basis} />}
          </li>
        ))}
      </ol>
      {discrepancyIds.map((id) => {
        const d = index.discrepancies.get(id);
        return d ? (
          <DiscrepancyNote
            key={id}
            discrepancy={d}
            sources={index.sources}
            rule={index.meta.primaryRule}
          />
        ) : null;
      })}
    </SelectionPanel>
  );
}
