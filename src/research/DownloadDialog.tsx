import '../i18n/toolMessages';
import '../i18n/mapMessages';
import { useState } from 'react';
import { dayOf } from '../data/dates';
import { statusAt } from '../data/derive';
import type { Relations } from '../data/schema';
import { formatDateSpan, formatNumber, formatPartialDate, formatYearLabel } from '../i18n/dates';
import { LOCALE_INFO } from '../i18n/locales';
import { useT, type Translation } from '../ui/useT';
import { mapPicture } from '../map/mapPicture';
import { LEGEND_STATUSES } from '../map/markerDrawing';
import { useAtlasStore } from '../state/store';
import { citeAtlas } from './citations';
import { atlasView, citeWords } from './citeWords';
import { ModalDialog } from '../ui/ModalDialog';
import { BOM, toCsv } from './csv';
import { canvasToPng, composeImage, IMAGE_WIDTH, type ImageContent } from './exportImage';
import {
  csvRecords,
  DATA_LICENCE,
  datasetJson,
  eventRecords,
  sourceRecords,
  statusRecords,
  type Provenance,
  type TableWords,
} from './tables';

type Item = 'events' | 'statuses' | 'sources' | 'json' | 'png';
const ITEMS: readonly Item[] = ['events', 'statuses', 'sources', 'json', 'png'];

/** Saves a file the browser made, without leaving the page (the view and selection stay). */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileName(item: Item, locale: string, view: string): string {
  const base = `afghanistan-japan-atlas`;
  switch (item) {
    case 'events':
    case 'statuses':
    case 'sources':
      return `${base}-${item}-${locale}.csv`;
    case 'json':
      return `${base}-${locale}.json`;
    case 'png':
      return `${base}-${view}-${locale}.png`;
  }
}

/** What is selected, for the picture: a heading and its lines. */
function selectionText(data: Relations, tr: Translation) {
  const { year, missionId, eventId } = useAtlasStore.getState();
  const { t } = tr;
  const event = eventId ? data.events.find((e) => e.id === eventId) : undefined;
  if (event) {
    return {
      heading: event.title,
      lines: [formatDateSpan(event.date, event.endDate, tr), event.summary],
    };
  }
  const statusLine = (m: Relations['missions'][number]) => {
    const interval = statusAt(m, year);
    const name = t(`status.${interval.status}`);
    if (!interval.start) return name;
    if (interval.status === 'not-recorded') {
      return t('overview.noRecordFrom', { date: formatPartialDate(interval.start.date, tr) });
    }
    const since = t('overview.since', { date: formatPartialDate(interval.start.date, tr) });
    return `${name}${t('punct.comma')}${since}`;
  };
  const mission = missionId ? data.missions.find((m) => m.id === missionId) : undefined;
  if (mission) {
    const note = statusAt(mission, year).note;
    return { heading: mission.name, lines: [statusLine(mission), ...(note ? [note] : [])] };
  }
  return {
    heading: t('overview.endOf', { year: formatNumber(year, tr.locale) }),
    lines: data.missions.map((m) => `${m.name}: ${statusLine(m)}`),
  };
}

/**
 * Download: the events, the status intervals and the sources as CSV, the whole data set as JSON,
 * in the reader's language with the licence first; and the view as a PNG image. Files are made in
 * the page; the view and the selection stay as they are.
 */
export default function DownloadDialog({
  data,
  viewName,
  onClose,
}: {
  data: Relations;
  viewName: string;
  onClose: () => void;
}) {
  const tr = useT();
  const { t, locale } = tr;
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const provenance = (): Provenance => {
    const today = dayOf(new Date());
    const permalink = window.location.href;
    const translated = locale !== 'en';
    return {
      title: data.meta.title,
      compiled: data.meta.compiled,
      permalink,
      downloaded: today,
      language: locale,
      ...(translated ? { translatedFrom: 'en' as const } : {}),
      notice: [
        t('download.notice', {
          title: t('app.title'),
          compiled: formatPartialDate(data.meta.compiled, tr),
          licence: `${DATA_LICENCE.name} ${DATA_LICENCE.url}`,
          date: formatPartialDate(today, tr),
          url: permalink,
        }),
        ...(translated ? [t('data.translated')] : []),
      ].join(' '),
    };
  };
  const tableWords: TableWords = {
    type: (type) => t(`eventType.${type}`),
    status: (status) => t(`status.${status}`),
  };

  const picture = async (): Promise<Blob> => {
    const { year, missionId, eventId } = useAtlasStore.getState();
    const map = await mapPicture(IMAGE_WIDTH).catch(() => null);
    const p = provenance();
    const citation = citeAtlas(
      'apa',
      atlasView(
        tr,
        {
          name: viewName,
          compiled: data.meta.compiled,
          permalink: p.permalink,
          accessed: p.downloaded,
        },
        { year, missionId, eventId },
      ),
      citeWords(tr),
    );
    const content: ImageContent = {
      dir: LOCALE_INFO[locale].dir,
      lang: locale,
      title: t('app.title'),
      yearLabel: formatYearLabel(year, tr),
      ...selectionText(data, tr),
      legendHeading: t('legend.toggle'),
      legend: LEGEND_STATUSES.map((status) => ({ status, label: t(`status.${status}`) })),
      routeLabels: { current: t('legend.current'), past: t('legend.past') },
      textCut: t('download.textCut'),
      map,
      mapMissing: t('download.noMap'),
      footer: [
        citation,
        t('download.imageLicence', {
          licence: `${DATA_LICENCE.name} ${DATA_LICENCE.url}`,
          basemap: t('map.attribution'),
        }),
      ],
    };
    return canvasToPng(composeImage(content));
  };

  const make = async (item: Item): Promise<Blob> => {
    const csv = (records: Parameters<typeof toCsv>[0]) =>
      new Blob([BOM + toCsv(csvRecords(records, provenance()))], {
        type: 'text/csv;charset=utf-8',
      });
    switch (item) {
      case 'events':
        return csv(eventRecords(data, tableWords));
      case 'statuses':
        return csv(statusRecords(data, tableWords));
      case 'sources':
        return csv(sourceRecords(data));
      case 'json':
        return new Blob([datasetJson(data, provenance())], { type: 'application/json' });
      case 'png':
        return picture();
    }
  };

  const download = async (item: Item) => {
    setBusy(true);
    setMessage(t('download.making'));
    try {
      const { year, missionId, eventId } = useAtlasStore.getState();
      const view = [year, eventId ?? missionId].filter(Boolean).join('-');
      const name = fileName(item, locale, view);
      save(await make(item), name);
      setMessage(t('download.done', { file: name }));
    } catch {
      setMessage(t('download.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      className="research-dialog"
      heading={t('download.heading')}
      closeLabel={t('download.close')}
      onClose={onClose}
    >
      <p>{t('download.intro', { licence: DATA_LICENCE.name })}</p>
      <ul className="research-dialog__downloads">
        {ITEMS.map((item) => (
          <li key={item}>
            <button type="button" disabled={busy} onClick={() => void download(item)}>
              {t(`download.item.${item}`)}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="research-dialog__status">
        {message}
      </p>
    </ModalDialog>
  );
}
