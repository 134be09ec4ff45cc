import { useId, useState, type Ref } from 'react';
import { LEGEND_STATUSES } from './markerDrawing';
import { useT } from '../ui/useT';

const STORAGE_KEY = 'atlas:legend-open';

/** Open by default where there is room beside it; the reader's choice holds for the session. */
function initiallyOpen(): boolean {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (saved !== null) return saved === 'true';
  } catch {
    // Storage can be blocked (private modes, sandboxed frames): fall back to the default.
  }
  return window.matchMedia?.('(min-width: 52rem)').matches ?? true;
}

/** Marker shapes and route styles, so nothing depends on colour alone; folds into a button. */
export function MapLegend({ legendRef }: { legendRef?: Ref<HTMLElement> }) {
  const { t } = useT();
  const [open, setOpen] = useState(initiallyOpen);
  const listId = useId();
  const toggle = () => {
    setOpen(!open);
    try {
      sessionStorage.setItem(STORAGE_KEY, String(!open));
    } catch {
      // Not remembered, but the legend still folds.
    }
  };
  return (
    <section
      ref={legendRef}
      className={open ? 'map-legend is-open' : 'map-legend'}
      aria-label={t('legend.region')}
    >
      <button
        type="button"
        className="map-legend__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={toggle}
      >
        {t('legend.toggle')}
      </button>
      <ul id={listId} hidden={!open}>
        {LEGEND_STATUSES.map((status) => (
          <li key={status}>
            <span
              className="mission-marker mission-marker--legend"
              data-status={status}
              aria-hidden="true"
            >
              <span className="mission-marker__glyph" />
            </span>
            {t(`status.${status}`)}
          </li>
        ))}
        <li>
          <span className="legend-route legend-route--current" aria-hidden="true" />
          {t('legend.current')}
        </li>
        <li>
          <span className="legend-route legend-route--past" aria-hidden="true" />
          {t('legend.past')}
        </li>
      </ul>
    </section>
  );
}
