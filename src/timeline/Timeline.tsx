import { useMemo, useState, type FormEvent } from 'react';
import { eventYear, eventYears as listEventYears, type YearRange } from '../data/derive';
import { indexOf } from '../data/lookup';
import type { Relations, RelationsEvent } from '../data/schema';
import { useAtlasStore } from '../state/store';
import { adjacentEvent, firstEventOf, statusBands } from './timelineLogic';
import { usePlayLoop } from './usePlayLoop';
import { YearSlider } from './YearSlider';

/** Slider, previous/next event, a year field and Play/Pause. */
export function Timeline({ data, range }: { data: Relations; range: YearRange }) {
  const year = useAtlasStore((s) => s.year);
  const eventId = useAtlasStore((s) => s.eventId);
  const playing = useAtlasStore((s) => s.playing);
  const setYear = useAtlasStore((s) => s.setYear);
  const selectEvent = useAtlasStore((s) => s.selectEvent);
  const setPlaying = useAtlasStore((s) => s.setPlaying);
  const [typed, setTyped] = useState<string | null>(null);
  const [typedError, setTypedError] = useState<string | null>(null);
  const sorted = indexOf(data).sortedEvents;
  const eventYears = useMemo(() => listEventYears(data.events), [data]);
  const kabul = data.missions.find((m) => m.id === 'kabul');
  const bands = useMemo(() => (kabul ? statusBands(kabul, ['closed'], range) : []), [kabul, range]);
  const previous = adjacentEvent(sorted, { eventId, year }, -1);
  const next = adjacentEvent(sorted, { eventId, year }, 1);
  usePlayLoop(range);

  /** Opens an event: its panel, its route, its year; one history entry; pauses Play. */
  const open = (event: RelationsEvent | null) => {
    if (event) selectEvent(event.id, eventYear(event));
  };

  const submitYear = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(typed);
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
      setTypedError(`Enter a year from ${range.min} to ${range.max}.`);
      return;
    }
    setTypedError(null);
    setTyped(null);
    setYear(value, 'push');
  };

  return (
    <section className="timeline panel" aria-label="Timeline">
      <div className="timeline__row">
        <div className="timeline__year" aria-hidden="true">
          {year}
        </div>
        <YearSlider
          year={year}
          range={range}
          eventYears={eventYears}
          closedBands={bands}
          onScrub={(y) => setYear(y, 'replace')}
          onJump={(y) => open(firstEventOf(sorted, y))}
          onEnds={(y) => setYear(y, 'push')}
        />
      </div>
      <div className="timeline__controls">
        <button type="button" disabled={previous === null} onClick={() => open(previous)}>
          <span aria-hidden="true">◀</span> Previous event
          {previous !== null ? ` (${eventYear(previous)})` : ''}
        </button>
        <button type="button" disabled={next === null} onClick={() => open(next)}>
          Next event{next !== null ? ` (${eventYear(next)})` : ''} <span aria-hidden="true">▶</span>
        </button>
        <button type="button" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <form className="timeline__go" onSubmit={submitYear} noValidate>
          <label htmlFor="year-field">Go to year</label>
          <input
            id="year-field"
            type="number"
            inputMode="numeric"
            min={range.min}
            max={range.max}
            value={typed ?? String(year)}
            aria-invalid={typedError ? true : undefined}
            aria-describedby={typedError ? 'year-field-error' : undefined}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit">Go</button>
          {typedError && (
            <span id="year-field-error" className="timeline__error" role="alert">
              {typedError}
            </span>
          )}
        </form>
        <span className="timeline__legend">
          <span className="timeline__swatch" aria-hidden="true" /> Japan’s embassy in Kabul closed
        </span>
      </div>
    </section>
  );
}
