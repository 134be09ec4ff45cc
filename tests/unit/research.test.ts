import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from '../../src/research/csv';
import { wholeSentences } from '../../src/research/exportImage';
import { citeAtlas, citeSource, escapeTex, type CiteWords } from '../../src/research/citations';
import {
  csvRecords,
  datasetJson,
  eventRecords,
  EVENT_COLUMNS,
  precisionOf,
  sourceRecords,
  statusRecords,
  type Provenance,
} from '../../src/research/tables';
import type { Source } from '../../src/data/schema';
import { loadRealData } from './realData';

const data = loadRealData();
const words = { type: (t: string) => `T:${t}`, status: (s: string) => `S:${s}` };
const provenance: Provenance = {
  title: 'Atlas data',
  compiled: '2026-11-23',
  permalink: 'https://example.org/?year=1985&mission=kabul',
  downloaded: '2026-11-30',
  language: 'en',
  notice: 'Atlas data, CC BY 4.0, "quoted", 1985',
};

describe('CSV (RFC 4180)', () => {
  it('quotes a field with a comma, a quote, a line break or edge spaces, and only then', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it('reads back exactly what it wrote, Japanese and Dari included', () => {
    const records = [
      ['id', 'title'],
      ['x', '在アフガニスタン日本国大使館, "カブール"'],
      ['y', 'سفر هیئت طالبان به توکیو\r\nدو خط'],
      ['z', ''],
    ];
    expect(parseCsv(BOM + toCsv(records))).toEqual(records);
  });
});

describe('download tables', () => {
  it('hold every event, with the date’s precision and its sources’ links', () => {
    const records = eventRecords(data, words);
    expect(records[0]).toEqual([...EVENT_COLUMNS]);
    expect(records.length).toBe(data.events.length + 1);
    const column = (name: (typeof EVENT_COLUMNS)[number]) => EVENT_COLUMNS.indexOf(name);
    const nazari = records.find((r) => r[0] === '2025-taliban-delegation-tokyo') ?? [];
    expect(nazari[column('participants')]).toContain('Abdul Latif Nazari');
    expect(nazari[column('type_name')]).toBe('T:visit');
    expect(String(nazari[column('source_urls')])).toMatch(/^https?:\/\//);
    expect(precisionOf('1979')).toBe('year');
    expect(precisionOf('1934-11')).toBe('month');
    expect(precisionOf('2021-08-15')).toBe('day');
  });

  it('hold every status interval and every source', () => {
    const intervals = data.missions.reduce((n, m) => n + m.statuses.length, 0);
    expect(statusRecords(data, words).length).toBe(intervals + 1);
    expect(sourceRecords(data).length).toBe(data.sources.length + 1);
  });

  it('carry the notice and licence first, and survive a CSV round trip', () => {
    const file = BOM + toCsv(csvRecords(eventRecords(data, words), provenance));
    const [notice, header, ...rows] = parseCsv(file);
    expect(notice).toEqual([provenance.notice]);
    expect(header).toEqual([...EVENT_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(data.events.map((e) => e.id));
    const json = JSON.parse(datasetJson(data, provenance));
    expect(json.metadata.licence.name).toBe('CC BY 4.0');
    expect(json.events).toHaveLength(data.events.length);
  });
});

const citeWords: CiteWords = {
  retrieved: (date, url) => `Retrieved ${date}, from ${url}`,
  accessed: (date) => `Accessed ${date}.`,
  noDate: 'n.d.',
  quote: (text) => `“${text}”`,
  formatDate: (date) => `<${date}>`,
};
const view = {
  site: 'Afghanistan–Japan relations atlas',
  view: 'Embassy of Japan in Kabul, 1985',
  compiled: '2026-11-23',
  permalink: 'https://example.org/?year=1985&mission=kabul',
  accessed: '2026-11-30',
  key: 'atlas-1985-kabul',
};

describe('citations', () => {
  it('cite a view of the atlas in APA, Chicago and BibTeX', () => {
    expect(citeAtlas('apa', view, citeWords)).toBe(
      'Embassy of Japan in Kabul, 1985. (<2026-11-23>). Afghanistan–Japan relations atlas. Retrieved <2026-11-30>, from https://example.org/?year=1985&mission=kabul',
    );
    expect(citeAtlas('chicago', view, citeWords)).toBe(
      '“Embassy of Japan in Kabul, 1985.” Afghanistan–Japan relations atlas. <2026-11-23>. Accessed <2026-11-30>. https://example.org/?year=1985&mission=kabul.',
    );
    const bib = citeAtlas('bibtex', view, citeWords);
    expect(bib).toMatch(/^@misc\{atlas-1985-kabul,\n/);
    expect(bib).toContain('  url = {https://example.org/?year=1985&mission=kabul}');
    expect(bib).toContain('  urldate = {2026-11-30}');
    expect(bib).toContain('  year = {2026}');
    // The note is in the reader's words, the date as tools read it.
    expect(bib).toContain('  note = {Accessed 2026-11-30.}');
    expect(bib.endsWith('\n}')).toBe(true);
  });

  const source: Source = {
    id: 'mofa-2025',
    title: 'Visit of a delegation',
    publisher: 'Ministry of Foreign Affairs of Japan',
    date: '2025-02-18',
    lang: 'ja',
    url: 'https://www.mofa.go.jp/x.html',
  };

  it('cite a source, with n.d. and a bracketed description where the data has no date or title', () => {
    expect(citeSource('apa', source, citeWords)).toBe(
      'Visit of a delegation. (<2025-02-18>). Ministry of Foreign Affairs of Japan. https://www.mofa.go.jp/x.html',
    );
    expect(citeSource('chicago', source, citeWords)).toBe(
      '“Visit of a delegation.” Ministry of Foreign Affairs of Japan, <2025-02-18>. https://www.mofa.go.jp/x.html.',
    );
    const untitled: Source = { id: 'u', description: 'A press photo', noUrl: 'print only' };
    expect(citeSource('apa', untitled, citeWords)).toBe('[A press photo]. (n.d.).');
    const bib = citeSource('bibtex', source, citeWords);
    expect(bib).toContain('author = {{Ministry of Foreign Affairs of Japan}}');
    expect(bib).toContain('language = {ja}');
  });

  it('make TeX’s special characters literal', () => {
    expect(escapeTex('R&D 100% $5 #1 a_b {x} ~^\\')).toBe(
      'R\\&D 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
  });

  it('cite every source in the data set in every style without an empty part', () => {
    for (const s of data.sources) {
      for (const style of ['apa', 'chicago'] as const) {
        const text = citeSource(style, s, citeWords);
        expect(text).not.toMatch(/\.\.|undefined|\(\)| {2}/);
      }
      expect(citeSource('bibtex', s, citeWords)).not.toContain('undefined');
    }
  });
});

describe('the image export’s text', () => {
  const fitsIn = (chars: number) => (part: string) => part.length <= chars;

  it('keeps whole sentences only, in English, Japanese and Dari', () => {
    const english =
      'Japan closed its embassy. The Japanese Wikipedia says Japan only lowered it. Later.';
    expect(wholeSentences(english, fitsIn(60))).toBe('Japan closed its embassy.');
    expect(wholeSentences(english, fitsIn(200))).toBe(english);
    expect(wholeSentences('大使館を閉鎖した。その後、再開した。', fitsIn(10))).toBe(
      '大使館を閉鎖した。',
    );
    expect(wholeSentences('سفارت بسته شد. بعد باز شد.', fitsIn(15))).toBe('سفارت بسته شد.');
  });

  it('keeps nothing where not even the first sentence fits', () => {
    expect(wholeSentences('A long first sentence here. Then more.', fitsIn(5))).toBe('');
  });
});
