import type { Status } from '../data/schema';
import { STATUS_LABELS } from '../data/status';

const SHOWN: Status[] = [
  'open',
  'closed',
  'not-established',
  'held-by-former-republic',
  'suspended',
  'not-recorded',
];

/** Marker shapes and route styles, so nothing depends on colour alone. */
export function MapLegend() {
  return (
    <section className="map-legend" aria-label="Map legend">
      <ul>
        {SHOWN.map((status) => (
          <li key={status}>
            <span
              className="mission-marker mission-marker--legend"
              data-status={status}
              aria-hidden="true"
            >
              <span className="mission-marker__glyph" />
            </span>
            {STATUS_LABELS[status]}
          </li>
        ))}
        <li>
          <span className="legend-route legend-route--current" aria-hidden="true" />
          Visit in the selected year
        </li>
        <li>
          <span className="legend-route legend-route--past" aria-hidden="true" />
          Earlier visit (› shows direction)
        </li>
      </ul>
    </section>
  );
}
