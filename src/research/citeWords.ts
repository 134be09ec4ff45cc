import type { PartialDate } from '../data/schema';
import { formatPartialDate } from '../i18n/dates';
import type { Translation } from '../ui/useT';
import type { AtlasView, CiteWords } from './citations';

/** The words between a citation's parts, and its dates, in the reader's language and calendar. */
export function citeWords(tr: Translation): CiteWords {
  const { t } = tr;
  return {
    retrieved: (date, url) => t('cite.retrieved', { date, url }),
    accessed: (date) => t('cite.accessed', { date }),
    noDate: t('cite.noDate'),
    quote: (text) => t('cite.quote', { text }),
    formatDate: (date) => formatPartialDate(date, tr),
  };
}

/** The view being cited: its name, the data set's date, its link and the day it was read. */
export function atlasView(
  tr: Translation,
  view: { name: string; compiled: PartialDate; permalink: string; accessed: PartialDate },
  selection: { year: number; missionId: string | null; eventId: string | null },
): AtlasView {
  const { year, missionId, eventId } = selection;
  return {
    site: tr.t('app.title'),
    view: view.name,
    compiled: view.compiled,
    permalink: view.permalink,
    accessed: view.accessed,
    key: ['afghanistan-japan-atlas', year, eventId ?? missionId].filter(Boolean).join('-'),
  };
}
