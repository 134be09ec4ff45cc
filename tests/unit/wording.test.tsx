import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/data/lookup';
import { MapLegend } from '../../src/map/MapLegend';
import { Chronology } from '../../src/panels/Chronology';
import { EventPanel } from '../../src/panels/EventPanel';
import { MissionPanel } from '../../src/panels/MissionPanel';
import { StatusOverview } from '../../src/panels/StatusOverview';
import { loadRealData } from './realData';

/**
 * Words from the team's working notes that must never reach a reader: the seed documents, the
 * fact sheet, "named so in …", and the shorthand that stood in for real sentences.
 */
const WORKING_WORDS =
  /\bseeds?\b|fact[ -]?sheet|working notes|our notes|named so in|Before records|predates this|\w in (United Kingdom|Afghanistan|Japan)\. /i;

const data = loadRealData();
const index = indexOf(data);
const range = { min: 1907, max: 2026 };

/** Everything a reader sees or hears in a rendered container: text, names, tooltips. */
function readerText(container: HTMLElement): string {
  const attributes = [...container.querySelectorAll('[aria-label], [title], [alt]')].flatMap((el) =>
    ['aria-label', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  return [container.textContent ?? '', ...attributes].join('\n');
}

describe('no working words reach the page', () => {
  it('recognises the words it looks for', () => {
    expect('Shown (seed account)').toMatch(WORKING_WORDS);
    expect('Fact sheet (inference, not a sourced closure)').toMatch(WORKING_WORDS);
    expect('Japan in United Kingdom. Where the treaty').toMatch(WORKING_WORDS);
    expect('Written before the 2026 suspension').not.toMatch(WORKING_WORDS);
  });

  it.each(data.missions.map((m) => [m.id, m] as const))(
    'in the %s mission panel, in every year it changes',
    (_id, mission) => {
      const years = [
        range.min,
        ...mission.statuses.flatMap((s) => (s.start ? [Number(s.start.date.slice(0, 4))] : [])),
      ];
      for (const year of years) {
        const { container, unmount } = render(
          <MissionPanel
            mission={mission}
            year={year}
            range={range}
            index={index}
            onClose={() => undefined}
          />,
        );
        expect(readerText(container)).not.toMatch(WORKING_WORDS);
        unmount();
      }
    },
  );

  it('in every event panel', () => {
    for (const event of data.events) {
      const { container, unmount } = render(
        <EventPanel event={event} index={index} onClose={() => undefined} />,
      );
      const text = readerText(container);
      expect(text, event.id).not.toMatch(WORKING_WORDS);
      expect(text.length, event.id).toBeGreaterThan(event.summary.length);
      unmount();
    }
  });

  it('in the overview, the chronology and the legend', () => {
    const { container } = render(
      <>
        <StatusOverview missions={data.missions} discrepancies={index.discrepancies} year={1945} />
        <StatusOverview missions={data.missions} discrepancies={index.discrepancies} year={2026} />
        <Chronology events={data.events} year={2026} />
        <MapLegend />
      </>,
    );
    expect(readerText(container)).toContain('Embassy of Japan in London');
    expect(readerText(container)).not.toMatch(WORKING_WORDS);
  });
});
