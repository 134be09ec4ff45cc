import { formatDateSpan } from '../i18n/dates';
import { routeText } from '../i18n/routeText';
import { useT } from '../ui/useT';
import type { RelationsIndex } from '../data/lookup';
import type { RelationsEvent } from '../data/schema';
import { DiscrepancyNote } from './DiscrepancyNote';
import { InferenceBasis } from './InferenceBasis';
import { SelectionPanel } from './SelectionPanel';
import { ConfidenceScale } from './ConfidenceScale';
import { SourceList } from './SourceList';

/** A selected event: what, when, from → to, who, and the sources. */
export function EventPanel({
  event,
  index,
  onClose,
}: {
  event: RelationsEvent;
  index: RelationsIndex;
  onClose: () => void;
}) {
  const tr = useT();
  const { t } = tr;
  const place = (id?: string) => (id ? index.places.get(id)?.city : undefined);
  const from = place(event.from) ?? event.fromLabel;
  const to = place(event.to);
  const stops = (event.stops ?? []).map((id) => place(id) ?? id);
  const at = event.at ? index.places.get(event.at)?.name : undefined;
  const discrepancy = event.discrepancyId
    ? index.discrepancies.get(event.discrepancyId)
    : undefined;
  return (
    <SelectionPanel
      kind="event"
      title={event.title}
      closeLabel={t('panel.closeEvent')}
      onClose={onClose}
    >
      <dl className="event-panel__facts">
        <dt>{t('event.date')}</dt>
        <dd>
          <time dateTime={event.date.date}>{formatDateSpan(event.date, event.endDate, tr)}</time>
        </dd>
        {(from || to) && (
          <>
            <dt>{t('event.route')}</dt>
            <dd>
              {routeText(
                [from ?? t('event.unknownPlace'), to ?? t('event.unknownPlace'), ...stops],
                t,
              )}
            </dd>
          </>
        )}
        {at && (
          <>
            <dt>{t('event.place')}</dt>
            <dd>{at}</dd>
          </>
        )}
        {event.participants.length > 0 && (
          <>
            <dt>{t('event.participants')}</dt>
            <dd>{event.participants.join(t('punct.comma'))}</dd>
          </>
        )}
        <dt>{t('event.confidence')}</dt>
        <dd>
          {t(`confidence.${event.confidence}`)}
          <ConfidenceScale />
        </dd>
      </dl>
      <p>{event.summary}</p>
      {event.sources.length > 0 && <SourceList ids={event.sources} sources={index.sources} />}
      {event.basis && <InferenceBasis basis={event.basis} />}
      {discrepancy && (
        <DiscrepancyNote
          discrepancy={discrepancy}
          sources={index.sources}
          rule={index.meta.primaryRule}
        />
      )}
    </SelectionPanel>
  );
}
