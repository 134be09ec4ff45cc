import { Fragment, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { eventYear, eventYears as listEventYears, type YearRange } from '../data/derive';
import { indexOf } from '../data/lookup';
import type { Relations, RelationsEvent } from '../data/schema';
import { useAtlasStore } from '../state/store';
import { adjacentEvent, closureBands, firstEventOf } from './timelineLogic';
import { usePlayLoop } from './usePlayLoop';
import { formatNumber, formatYearLabel } from '../i18n/dates';
import { typedYears } from '../i18n/typedYear';
import { useT } from '../ui/useT';
import { YearSlider } from './YearSlider';

interface TimelineProps {
  data: Relations;
  range: YearRange;
  /** More buttons for the end of the controls row (the page's Copy link). */
  actions?: ReactNode;
}

/** Slider, previous/next event, a year field and Play/Pause. */
export function Timeline({ data, range, actions }: TimelineProps) {
  const year = useAtlasStore((s) => s.year);
  const eventId = useAtlasStore((s) => s.eventId);
  const playing = useAtlasStore((s) => s.playing);
  const setYear = useAtlasStore((s) => s.setYear);
  const selectEvent = useAtlasStore((s) => s.selectEvent);
  const setPlaying = useAtlasStore((s) => s.setPlaying);
  const [typed, setTyped] = useState<string | null>(null);
  const [typedError, setTypedError] = useState<string | null>(null);
  const [typedNote, setTypedNote] = useState<string | null>(null);
  const sorted = indexOf(data).sortedEvents;
  const eventYears = useMemo(() => listEventYears(data.events), [data]);
  const bands = useMemo(() => closureBands(data.missions, range), [data, range]);
  const previous = adjacentEvent(sorted, { eventId, year }, -1);
  const next = adjacentEvent(sorted, { eventId, year }, 1);
  usePlayLoop(range);
  const tr = useT();
  const { t } = tr;
  const yearLabel = formatYearLabel(year, tr);
  const n = (value: number) => formatNumber(value, tr.locale);

  /** Opens an event: its panel, its route, its year; one history entry; pauses Play. */
  const open = (event: RelationsEvent | null) => {
    if (event) selectEvent(event.id, eventYear(event));
  };

  /** A year typed in the reader's calendar or the Gregorian ("۱۳۵۸", "昭和54", "1979"). */
  const submitYear = (event: FormEvent) => {
    event.preventDefault();
    const years = typedYears(typed ?? '', tr, year);
    if (!years || years.first < range.min || years.first > range.max) {
      setTypedError(
        t('timeline.yearError', {
          min: formatYearLabel(range.min, tr),
          max: formatYearLabel(range.max, tr),
        }),
      );
      setTypedNote(null);
      return;
    }
    setTypedError(null);
    // What a year of another calendar is in the Gregorian: "۱۳۵۸ is 1979–1980".
    setTypedNote(
      years.inCalendar
        ? t('timeline.typedIs', {
            typed: (typed ?? '').trim(),
            years:
              years.first === years.last ? n(years.first) : `${n(years.first)}–${n(years.last)}`,
          })
        : null,
    );
    setTyped(null);
    setYear(years.first, 'push');
  };

  return (
    <section className="timeline panel" aria-label={t('timeline.region')}>
      <div className="timeline__row">
        <div className="timeline__year" aria-hidden="true">
          {/* Lines break between words only: "令和8年" and "(۱۳۸۸–۱۳۸۹)" stay whole. */}
          {yearLabel.split(' ').map((word, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              <span className="timeline__word">{word}</span>
            </Fragment>
          ))}
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
        <button
          type="button"
          className="timeline__step"
          disabled={previous === null}
          onClick={() => open(previous)}
        >
          <span className="arrow arrow--back" aria-hidden="true" />{' '}
          <span className="timeline__words">
            {previous !== null
              ? t('timeline.previousYear', { year: n(eventYear(previous)) })
              : t('timeline.previous')}
          </span>
        </button>
        <button
          type="button"
          className="timeline__step"
          disabled={next === null}
          onClick={() => open(next)}
        >
          <span className="timeline__words">
            {next !== null
              ? t('timeline.nextYear', { year: n(eventYear(next)) })
              : t('timeline.next')}
          </span>{' '}
          <span className="arrow arrow--forward" aria-hidden="true" />
        </button>
        <button type="button" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? t('timeline.pause') : t('timeline.play')}
        </button>
        <form className="timeline__go" onSubmit={submitYear} noValidate>
          <label htmlFor="year-field">{t('timeline.goTo')}</label>
          <input
            id="year-field"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={5}
            value={typed ?? n(year)}
            aria-invalid={typedError ? true : undefined}
            aria-describedby={typedError ? 'year-field-error' : undefined}
            onChange={(e) => {
              setTyped(e.target.value);
              setTypedNote(null);
            }}
          />
          <button type="submit">{t('timeline.go')}</button>
          {typedError && (
            <span id="year-field-error" className="timeline__error" role="alert">
              {typedError}
            </span>
          )}
          {typedNote && (
            <span className="timeline__note" role="status">
              {typedNote}
            </span>
          )}
        </form>
        {bands.map(({ mission }) => (
          <span key={mission.id} className="timeline__legend">
            <span className="timeline__swatch" aria-hidden="true" />{' '}
            {t('timeline.closedLegend', { mission: mission.name })}
          </span>
        ))}
        {actions}
      </div>
    </section>
  );
}
