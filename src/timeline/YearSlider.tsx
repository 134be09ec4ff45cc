import type { KeyboardEvent } from 'react';
import type { YearRange } from '../data/derive';
import { clampYear, yearPercent, type Band } from './timelineLogic';

interface YearSliderProps {
  year: number;
  range: YearRange;
  eventYears: readonly number[];
  closedBands: readonly Band[];
  /** Continuous moves (drag, arrow keys, Page Up/Down) replace the history entry. */
  onScrub: (year: number) => void;
  /** A tick: opens that year's first event (one history entry). */
  onJump: (year: number) => void;
  /** Home and End: a deliberate move to either end (one history entry; pauses Play). */
  onEnds: (year: number) => void;
}

/** A native range input named "Year", with event ticks and the Kabul-closed bands behind it. */
export function YearSlider({
  year,
  range,
  eventYears,
  closedBands,
  onScrub,
  onJump,
  onEnds,
}: YearSliderProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      onEnds(event.key === 'Home' ? range.min : range.max);
      return;
    }
    // Browsers step Page Up/Down by varying amounts; the atlas promises ±10 years.
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      onScrub(clampYear(year + (event.key === 'PageUp' ? 10 : -10), range));
    }
  };

  return (
    <div className="year-slider">
      <div className="year-slider__track" aria-hidden="true">
        {closedBands.map((band) => (
          <span
            key={band.from}
            className="year-slider__band"
            title={`Japan's embassy in Kabul closed ${band.from}–${band.to}`}
            style={{
              left: `${yearPercent(band.from, range)}%`,
              width: `${yearPercent(band.to, range) - yearPercent(band.from, range)}%`,
            }}
          />
        ))}
      </div>
      <input
        type="range"
        className="year-slider__input"
        aria-label="Year"
        min={range.min}
        max={range.max}
        step={1}
        value={year}
        onChange={(e) => onScrub(Number(e.target.value))}
        onKeyDown={onKeyDown}
      />
      <div className="year-slider__ticks">
        {eventYears.map((y) => (
          <button
            key={y}
            type="button"
            tabIndex={-1}
            className={y === year ? 'year-slider__tick is-current' : 'year-slider__tick'}
            style={{ left: `${yearPercent(y, range)}%` }}
            title={`Go to ${y} and open its first event`}
            aria-label={`Go to ${y}`}
            onClick={() => onJump(y)}
          />
        ))}
      </div>
      <div className="year-slider__scale" aria-hidden="true">
        <span>{range.min}</span>
        <span>{range.max}</span>
      </div>
    </div>
  );
}
