import type { MessageId } from '../i18n/messages';
import { useT } from '../ui/useT';

/** Where each skip link takes the keyboard: the first of its targets that is on the page. */
const TARGETS: readonly { label: MessageId; targets: readonly string[] }[] = [
  { label: 'skip.map', targets: ['.maplibregl-canvas', '.app__map [role="alert"] button'] },
  { label: 'skip.year', targets: ['.year-slider__input'] },
  { label: 'skip.panel', targets: ['#event-heading', '#mission-heading', '#overview-heading'] },
  { label: 'skip.chronology', targets: ['#chronology-heading'] },
];

/**
 * The first stops of the Tab key: straight to the map, the year, the open panel or the
 * chronology, past everything between. Shown only when focused. Buttons rather than #anchors,
 * so the page's address (a shared view) stays as it is.
 */
export function SkipLinks() {
  const { t } = useT();
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      {TARGETS.map(({ label, targets }) => (
        <button
          key={label}
          type="button"
          className="skip-links__link"
          onClick={() => {
            const target = targets
              .map((selector) => document.querySelector<HTMLElement>(selector))
              .find((element) => element !== null);
            if (!target) return;
            target.focus();
            target.scrollIntoView({ block: 'nearest' });
          }}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
