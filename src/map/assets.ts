import fontBoldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import fontRegularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import arabicBoldUrl from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import arabicRegularUrl from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import type { MapAssets } from './controller';

/** Files the map needs, all served from the app's own origin. */
export const MAP_ASSETS: MapAssets = {
  basemapUrl: new URL(`${import.meta.env.BASE_URL}basemap/countries.pmtiles`, window.location.href)
    .href,
  fontRegularUrl: new URL(fontRegularUrl, window.location.href).href,
  fontBoldUrl: new URL(fontBoldUrl, window.location.href).href,
  arabicRegularUrl: new URL(arabicRegularUrl, window.location.href).href,
  arabicBoldUrl: new URL(arabicBoldUrl, window.location.href).href,
};
