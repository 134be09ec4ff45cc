import { expect, test } from './fixtures';
import { pixelsOfColour, waitForMapIdle } from './mapHelpers';
import { plainStaticServer } from '../servers/plainStatic';

/**
 * The atlas on a static server that ignores byte ranges (200 and the whole file, as Python's
 * http.server answers): the basemap reads the archive from that one whole response.
 */
const PORT = 4175;
const server = plainStaticServer('dist');

test.beforeAll(() => server.listen(PORT));
test.afterAll(() => server.close());
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

/** The land colour of countries other than the parties (src/map/style.ts, COLORS.land). */
const LAND: [number, number, number] = [0xf3, 0xf0, 0xe8];

test('a server that ignores Range: the basemap draws, from one whole download', async ({
  page,
}) => {
  const archiveRequests: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.pmtiles'))
      archiveRequests.push(response.status());
  });
  await page.goto('/?year=1985');
  await waitForMapIdle(page);
  await expect(page.locator('.app__map').getByRole('alert')).toHaveCount(0);
  // The server was asked for ranges and sent the whole archive, once.
  expect(server.seen.whole).toContain('/basemap/countries.pmtiles');
  expect(archiveRequests).toEqual([200]);
  // The countries are drawn: plenty of land-coloured pixels, not only ocean.
  expect(await pixelsOfColour(page, LAND, 6)).toBeGreaterThan(300);
});
