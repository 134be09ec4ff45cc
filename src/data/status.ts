import type { Status } from './schema';

/** The words a person reads (and a screen reader speaks) for each status. Public: do not rename. */
export const STATUS_LABELS: Record<Status, string> = {
  'not-established': 'Not yet established',
  open: 'Open',
  closed: 'Closed',
  'held-by-former-republic': 'Held by former Republic',
  suspended: 'Suspended',
  'not-recorded': 'Not recorded',
};

/** Lower-case form for use inside a sentence: "closed in 1985". */
export function statusPhrase(status: Status): string {
  return STATUS_LABELS[status].toLowerCase().replace('republic', 'Republic');
}
