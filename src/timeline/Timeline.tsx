import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { eventYears as listEventYears, type YearRange } from '../data/derive';
import type { Relations } from '../data/schema';
import { useAtlasStore } from '../state/store';
import { nextEventYear, playStep, previousEventYear, statusBands } from './timelineLogic';
import { YearSlider } from './YearSlider';

const PLAY_INTERVAL_MS = 700;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Slider, previous/next event, a year field and Play/Pause. */
export function Timeline({ data, range }: { data: Relations; range: YearRange }) {
  const year = useAtlasStore((s) => s.year);
  const setYear = useAtlasStore((s) => s.setYear);
  const [playing, setPlaying] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  const [typedError, setTypedError] = useState<string | null>(null);
  const eventYears = useMemo(() => listEventYears(data.events), [data]);
  const kabul = data.missions.find((m) => m.id === 'kabul');
  const bands = useMemo(() => (kabul ? statusBands(kabul, ['closed'], range) : []), [kabul, range]);
  const previous = previousEventYear(eventYears, year);
  const next = nextEventYear(eventYears, year);

  useEffect(() => {
    if (!playing) return;
    // With reduced motion the walk still steps year by year, but more slowly and with no transitions.
    const delay = prefersReducedMotion() ? PLAY_INTERVAL_MS * 2 : PLAY_INTERVAL_MS;
    const timer = setInterval(() => {
      const store = useAtlasStore.getState();
      const step = playStep(store.year, range);
      if (step === null) setPlaying(false);
      else store.setYear(step, 'replace');
    }, delay);
    return () => clearInterval(timer);
  }, [playing, range]);

  const togglePlay = () => {
    if (!playing && year >= range.max) setYear(range.min, 'push');
    setPlaying(!playing);
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
          onJump={(y) => setYear(y, 'push')}
        />
      </div>
      <div className="timeline__controls">
        <button
          type="button"
          disabled={previous === null}
          onClick={() => previous !== null && setYear(previous, 'push')}
        >
          <span aria-hidden="true">◀</span> Previous event
          {previous !== null ? ` (${previous})` : ''}
        </button>
        <button
          type="button"
          disabled={next === null}
          onClick={() => next !== null && setYear(next, 'push')}
        >
          Next event{next !== null ? ` (${next})` : ''} <span aria-hidden="true">▶</span>
        </button>
        <button type="button" aria-pressed={playing} onClick={togglePlay}>
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
