import type { Translate } from './messages';

/**
 * A journey's places in order, "Kabul → Tokyo → Bamiyan", with the arrow pointing the way the
 * language reads (← in Dari and Pashto, where Kabul stands on the right).
 */
export function routeText(places: readonly string[], t: Translate): string {
  const [first = '', ...rest] = places;
  return rest.reduce((from, to) => t('event.routeStep', { from, to }), first);
}
