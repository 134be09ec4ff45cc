import { useMemo } from 'react';
import { formatDateSpan, formatNumber, formatPartialDate } from '../i18n/dates';
import { routeText } from '../i18n/routeText';
import { disputedStretches, disputeIn } from '../data/derive';
import type { Discrepancy } from '../data/schema';
import { useT } from '../ui/useT';
import type { MapTexts } from './controller';

/** The map's words from the page's catalog, remade when the language or calendar changes. */
export function useMapTexts(discrepancies: ReadonlyMap<string, Discrepancy>): MapTexts {
  const tr = useT();
  return useMemo(() => {
    const { t } = tr;
    return {
      // "(disputed)" where the sources disagree on the status in that year.
      marker: (mission, status, year) =>
        t(
          disputeIn(disputedStretches(mission, discrepancies), year)
            ? 'marker.labelDisputed'
            : 'marker.label',
          {
            name: mission.name,
            status: t(`statusPhrase.${status}`),
            year: formatPartialDate(String(year), tr),
          },
        ),
      route: (route) =>
        t('route.label', {
          title: route.event.title,
          date: formatDateSpan(route.event.date, route.event.endDate, tr),
          places: routeText(
            [route.from, route.to, ...route.stops].map((p) => p.city),
            t,
          ),
        }),
      chooser: t('route.chooser'),
      zoomIn: t('map.zoomIn'),
      zoomOut: t('map.zoomOut'),
      cooperativeWindows: t('map.cooperativeWindows'),
      cooperativeMac: t('map.cooperativeMac'),
      cooperativeMobile: t('map.cooperativeMobile'),
      mapTitle: t('map.title'),
      toggleAttribution: t('map.toggleAttribution'),
      kilometres: t('map.kilometres'),
      metres: t('map.metres'),
      digits: (text) => text.replace(/\d+/g, (n) => formatNumber(Number(n), tr.locale)),
      attribution: t('map.attribution'),
    };
  }, [tr, discrepancies]);
}
