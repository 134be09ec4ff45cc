import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, useAtlasStore } from '../../src/state/store';
import { Timeline } from '../../src/timeline/Timeline';
import { loadRealData } from './realData';

const data = loadRealData();
const range = { min: 1907, max: 2026 };

describe('Timeline', () => {
  beforeEach(() => useAtlasStore.getState().applyUrl({ ...DEFAULT_VIEW, year: 1985 }, null));

  it('is a native range input named "Year" over the data range', () => {
    render(<Timeline data={data} range={range} />);
    const slider = screen.getByRole('slider', { name: 'Year' });
    expect(slider).toHaveAttribute('min', '1907');
    expect(slider).toHaveAttribute('max', '2026');
    expect(slider).toHaveValue('1985');
  });

  it('moves ±10 years on Page Up / Page Down, as a continuous move', () => {
    render(<Timeline data={data} range={range} />);
    const slider = screen.getByRole('slider', { name: 'Year' });
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(useAtlasStore.getState().year).toBe(1995);
    expect(useAtlasStore.getState().historyMode).toBe('replace');
    fireEvent.keyDown(slider, { key: 'PageDown' });
    fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(useAtlasStore.getState().year).toBe(1975);
  });

  it('moves on drag/arrow changes of the input value', () => {
    render(<Timeline data={data} range={range} />);
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '1986' } });
    expect(useAtlasStore.getState().year).toBe(1986);
  });

  it('opens the previous and next events, moving the year and pushing history', async () => {
    render(<Timeline data={data} range={range} />);
    await userEvent.click(screen.getByRole('button', { name: /Next event \(1989\)/ }));
    expect(useAtlasStore.getState()).toMatchObject({
      year: 1989,
      eventId: '1989-japan-to-leave-kabul',
      historyMode: 'push',
    });
    // From a selected event, the step is to its neighbour in the chronology.
    await userEvent.click(screen.getByRole('button', { name: /Previous event \(1979\)/ }));
    expect(useAtlasStore.getState()).toMatchObject({
      year: 1979,
      eventId: '1979-japanese-embassy-kabul-closes',
    });
  });

  it('Play walks the years; a deliberate move pauses it', async () => {
    render(<Timeline data={data} range={range} />);
    const play = screen.getByRole('button', { name: 'Play' });
    await userEvent.click(play);
    expect(play).toHaveAttribute('aria-pressed', 'true');
    expect(useAtlasStore.getState().playing).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Go to 1969' }));
    expect(useAtlasStore.getState()).toMatchObject({
      playing: false,
      year: 1969,
      eventId: '1969-zahir-shah-state-visit',
    });
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('goes to a typed year and rejects one outside the range', async () => {
    render(<Timeline data={data} range={range} />);
    const field = screen.getByLabelText('Go to year');
    await userEvent.clear(field);
    await userEvent.type(field, '1931{Enter}');
    expect(useAtlasStore.getState().year).toBe(1931);
    await userEvent.clear(field);
    await userEvent.type(field, '1800{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('from 1907 to 2026');
    expect(useAtlasStore.getState().year).toBe(1931);
  });

  it('has a clickable tick for every event year, which opens that year’s first event', async () => {
    render(<Timeline data={data} range={range} />);
    await userEvent.click(screen.getByRole('button', { name: 'Go to 2002' }));
    expect(useAtlasStore.getState()).toMatchObject({
      year: 2002,
      eventId: '2002-tokyo-conference',
      historyMode: 'push',
    });
  });
});
