import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  localize,
  translatableTexts,
  translationCoverage,
  type Translation,
} from '../../src/data/translation';
import { translationSchema } from '../../src/data/translationSchema';
import { loadRealData } from './realData';

const data = loadRealData();
const japanese = translationSchema.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/i18n/ja.json'), 'utf8')),
);

describe('translations of the data set', () => {
  it('cover every text, and the check notices a missing or an unknown one', () => {
    expect(translationCoverage(data, japanese)).toMatchObject({ missing: [], unknown: [] });
    const rest = Object.fromEntries(
      Object.entries(japanese.texts).filter(
        ([path]) => path !== 'events.1969-zahir-shah-state-visit.title',
      ),
    );
    const broken: Translation = {
      ...japanese,
      texts: { ...rest, 'events.1800-nothing.title': 'x' },
    };
    const coverage = translationCoverage(data, broken);
    expect(coverage.missing).toEqual(['events.1969-zahir-shah-state-visit.title']);
    expect(coverage.unknown).toEqual(['events.1800-nothing.title']);
    expect(coverage.translated).toBe(coverage.total - 1);
  });

  it('replace words only: ids, dates, places, links and source titles stay', () => {
    const localized = localize(data, japanese);
    const event = localized.events.find((e) => e.id === '1969-zahir-shah-state-visit');
    expect(event?.title).toBe('ザーヒル・シャー国王とフマイラ王妃の国賓訪問');
    expect(event?.date).toEqual(data.events.find((e) => e.id === event?.id)?.date);
    expect(event?.from).toBe('kabul');
    expect(localized.places.find((p) => p.id === 'kabul')?.city).toBe('カブール');
    expect(localized.places.find((p) => p.id === 'kabul')?.lat).toBe(34.5388);
    const source = localized.sources.find((s) => s.id === 'jiji-2026-01-31');
    expect(source).toEqual(data.sources.find((s) => s.id === 'jiji-2026-01-31'));
    const london = localized.missions.find((m) => m.id === 'london');
    expect(london?.statuses[3]?.basis?.[0]).toEqual({
      date: '1941-12',
      fact: '日本と英国が戦争状態に入る。',
    });
  });

  it('name every text by id and field, so a translation survives a reordering of the data', () => {
    const paths = [...translatableTexts(data).keys()];
    expect(paths).toContain('missions.tokyo.statuses.2026-02-01.note');
    expect(paths).toContain('discrepancies.tokyo-suspension-2026.alternatives.0.label');
    expect(paths.every((p) => !/\.\d+\.(title|summary)$/.test(p))).toBe(true);
  });
});
