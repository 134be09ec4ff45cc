import type { Mission, MissionId, Status } from '../data/schema';

const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', '+', '-', '=']);

/**
 * A mission marker is a real button. Its status is drawn by CSS from `data-status` with a
 * different shape per status, so it never relies on colour alone.
 */
export function createMarkerElement(
  mission: Mission,
  onSelect: (id: MissionId) => void,
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'mission-marker';
  button.dataset.mission = mission.id;
  button.setAttribute('aria-pressed', 'false');
  const glyph = document.createElement('span');
  glyph.className = 'mission-marker__glyph';
  glyph.setAttribute('aria-hidden', 'true');
  button.append(glyph);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    // A tap does not focus a button the way a mouse click does: focus it, so that closing the
    // panel it opens gives focus back here (selectionFocus.ts) by touch as well.
    button.focus({ preventScroll: true });
    onSelect(mission.id);
  });
  // The map pans on arrow keys; on a focused marker they must do nothing to the map.
  button.addEventListener('keydown', (event) => {
    if (ARROW_KEYS.has(event.key)) event.stopPropagation();
  });
  return button;
}

/** `label` is the marker's accessible name: "Embassy of Japan in Kabul — closed in 1985". */
export function updateMarkerElement(
  button: HTMLButtonElement,
  status: Status,
  label: string,
  selected: boolean,
): void {
  if (button.dataset.status !== status) button.dataset.status = status;
  if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
  button.title = label;
  button.setAttribute('aria-pressed', String(selected));
}
