/**
 * The User Timing marks the map sets, which `npm run bench` (and tests) read from outside the page.
 * A module of its own, so that the bench can name them without loading the map.
 */

/** Set again whenever the map has been sent every route of its year (detail: the year). */
export const YEAR_SENT_MARK = 'map:year-sent';
/** The map is idle with its labels in the words it was last given (detail: a label). */
export const LABELS_DRAWN_MARK = 'map:labels-drawn';
