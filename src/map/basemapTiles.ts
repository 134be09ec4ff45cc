/**
 * What the basemap archive holds, shared by the script that builds it (scripts/basemap/) and the
 * style that reads it: its two layers and the deepest zoom it has tiles for.
 */
export const BASEMAP_TILES = {
  layers: { countries: 'countries', borders: 'borders' },
  /** The map overzooms this zoom's tiles beyond it. */
  maxZoom: 6,
} as const;
