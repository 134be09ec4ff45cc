import type { KeyboardEvent } from 'react';
import type { YearRange } from '../data/derive';
import { formatYearLabel } from '../i18n/dates';
import { useT } from '../ui/useT';
import { clampYear, yearPercent, type ClosureBands } from './timelineLogic';

interface YearSliderProps {
  year: number;
  range: YearRange;
  eventYears: readonly number[];
  closedBands: readonly ClosureBands[];
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
  const tr = useT();
  const { t } = tr;
  // Every year it shows or speaks, in the reader's calendar first ("۱۳۶۳–۱۳۶۴ (۱۹۸۵)").
  const n = (value: number) => formatYearLabel(value, tr);
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

  // Positions along the track are logical (inline-start), so the track runs right to left in
  // Dari and Pashto, as the native range input itself does.
  return (
    <div className="year-slider">
      <div className="year-slider__track" aria-hidden="true">
        {closedBands.flatMap(({ mission, bands }) =>
          bands.map((band) => (
            <span
              key={`${mission.id}-${band.from}`}
              className="year-slider__band"
              title={t('timeline.closedBand', {
                mission: mission.name,
                from: n(band.from),
                to: n(band.to),
              })}
              style={{
                insetInlineStart: `${yearPercent(band.from, range)}%`,
                inlineSize: `${yearPercent(band.to, range) - yearPercent(band.from, range)}%`,
              }}
            />
          )),
        )}
      </div>
      <input
        type="range"
        className="year-slider__input"
        aria-label={t('timeline.year')}
        aria-valuetext={n(year)}
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
            style={{ insetInlineStart: `${yearPercent(y, range)}%` }}
            title={t('timeline.tickHint', { year: n(y) })}
            aria-label={t('timeline.tick', { year: n(y) })}
            onClick={() => onJump(y)}
          />
        ))}
      </div>
      <div className="year-slider__scale" aria-hidden="true">
        <span>{n(range.min)}</span>
        <span>{n(range.max)}</span>
      </div>
    </div>
  );
}
