/**
 * A part of the page that folds its content away (the phone's sheet) opens when something inside
 * asks to be shown: the search field, which "/" focuses from anywhere. A DOM event, so that the
 * panels need not know what holds them.
 */
export const REVEAL_EVENT = 'atlas:reveal';

/** Asks whatever hides `element` to show it, at once (before it is focused). */
export function requestReveal(element: HTMLElement): void {
  element.dispatchEvent(new Event(REVEAL_EVENT, { bubbles: true }));
}
