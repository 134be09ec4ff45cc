import { describe, expect, it, vi } from 'vitest';
import { fetchRelations } from '../../src/data/load';
import { DataLoadError } from '../../src/data/loadError';
import { realDataText } from './realData';

// The checks' chunk cannot be loaded, as when a deploy removed it or its request was dropped.
vi.mock('../../src/data/pageChecks', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/pageChecks-x.js');
});

describe('fetchRelations without its checks', () => {
  it('says the app’s code is missing, not that the data file is bad', async () => {
    const fetchGood = (() => Promise.resolve(new Response(realDataText()))) as typeof fetch;
    const error = await fetchRelations('/data.json', fetchGood).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).kind).toBe('code');
    expect((error as DataLoadError).message).toMatch(/code could not be loaded/);
  });
});
