import { PMTiles, Protocol } from 'pmtiles';
import { RangeOrWholeSource } from './rangeOrWholeSource';

/**
 * The `pmtiles://` protocol for MapLibre (the page's and its worker's), reading each archive
 * through a RangeOrWholeSource rather than PMTiles' FetchSource, so that the basemap draws on a
 * server that ignores byte ranges too. One reader per archive address, as the protocol keeps.
 */
export function basemapProtocol(): Protocol['tile'] {
  const protocol = new Protocol();
  const tile: Protocol['tile'] = (params, respond) => {
    const archive = archiveOf(params.url);
    if (archive && !protocol.get(archive)) {
      protocol.add(new PMTiles(new RangeOrWholeSource(archive)));
    }
    return protocol.tile(params, respond);
  };
  return tile;
}

/** `pmtiles://<archive>` (its TileJSON) or `pmtiles://<archive>/z/x/y` (a tile): the archive. */
export function archiveOf(url: string): string | null {
  const tile = /^pmtiles:\/\/(.+)\/\d+\/\d+\/\d+$/.exec(url);
  if (tile) return tile[1] ?? null;
  return url.startsWith('pmtiles://') ? url.slice('pmtiles://'.length) : null;
}
