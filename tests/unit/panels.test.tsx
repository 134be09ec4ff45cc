import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { indexOf } from '../../src/data/lookup';
import type { MissionId } from '../../src/data/schema';
import { Chronology } from '../../src/panels/Chronology';
import { EventPanel } from '../../src/panels/EventPanel';
import { MissionPanel } from '../../src/panels/MissionPanel';
import { StatusOverview } from '../../src/panels/StatusOverview';
import { loadRealData } from './realData';

const data = loadRealData();
const index = indexOf(data);
const range = { min: 1907, max: 2026 };
const mission = (id: MissionId) => {
  const m = index.missions.get(id);
  if (!m) throw new Error(id);
  return m;
};

describe('MissionPanel', () => {
  it.each([
    [1979, 'Closed'],
    [1985, 'Closed'],
    [2002, 'Open'],
    [2021, 'Closed'],
    [2022, 'Open'],
  ])('says "Status in %i: %s" for Kabul', (year, label) => {
    render(
      <MissionPanel
        mission={mission('kabul')}
        year={year}
        range={range}
        index={index}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Embassy of Japan in Kabul',
    );
    expect(screen.getByText(`Status in ${year}:`, { exact: false })).toHaveTextContent(
      `Status in ${year}: ${label}`,
    );
  });

  it('lists the status changes with dates, sources as links, and the 1979/1989 discrepancy', () => {
    render(
      <MissionPanel
        mission={mission('kabul')}
        year={1985}
        range={range}
        index={index}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByText('by August 1945')).toBeInTheDocument();
    expect(screen.getByText('15 August 2021')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Wikipedia \(English\)/ }).length).toBeGreaterThan(
      0,
    );
    const disagreement = screen.getByRole('note', { name: /Sources disagree/ });
    expect(disagreement).toHaveTextContent('15 February 1989');
    expect(within(disagreement).getByText(/Kyodo News/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /with 1985 marked/ })).toBeInTheDocument();
  });

  it('marks London’s wartime closure as inferred', () => {
    render(
      <MissionPanel
        mission={mission('london')}
        year={1945}
        range={range}
        index={index}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByText(/Status in 1945/)).toHaveTextContent('Closed');
    expect(screen.getAllByText('inferred').length).toBeGreaterThan(0);
  });
});

describe('EventPanel', () => {
  it('shows title, date range, route, participants, summary and sources', async () => {
    const event = index.events.get('1969-zahir-shah-state-visit');
    if (!event) throw new Error('missing event');
    const onClose = vi.fn();
    render(<EventPanel event={event} index={index} onClose={onClose} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'State visit of King Zahir Shah and Queen Humaira',
    );
    expect(screen.getByText('9–15 April 1969')).toBeInTheDocument();
    expect(screen.getByText('Kabul → Tokyo')).toBeInTheDocument();
    expect(screen.getByText('King Zahir Shah, Queen Humaira')).toBeInTheDocument();
    expect(screen.getByText(/Television news archive/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close event panel' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows both accounts where sources disagree (Tani 1922 or 1923)', () => {
    const event = index.events.get('1922-hisao-tani-visit');
    if (!event) throw new Error('missing event');
    render(<EventPanel event={event} index={index} onClose={() => undefined} />);
    expect(screen.getByText('British India → Kabul')).toBeInTheDocument();
    const disagreement = screen.getByRole('note', { name: /Sources disagree/ });
    expect(disagreement).toHaveTextContent('1922');
    expect(disagreement).toHaveTextContent('1923');
  });
});

describe('StatusOverview and Chronology', () => {
  it('gives each mission its status and since when, and selects on click', async () => {
    const onSelect = vi.fn();
    render(<StatusOverview missions={data.missions} year={2025} onSelect={onSelect} />);
    const tokyo = screen.getByText('Embassy of Afghanistan in Tokyo').closest('li');
    expect(tokyo).toHaveTextContent('Held by former Republic');
    expect(tokyo).toHaveTextContent('since August 2021');
    await userEvent.click(screen.getByRole('button', { name: 'Embassy of Japan in London' }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'london' }));
  });

  it('lists every event as a button in date order and dims the later ones', async () => {
    const onSelect = vi.fn();
    render(<Chronology events={data.events} year={1969} onSelect={onSelect} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(data.events.length);
    expect(buttons[0]).toHaveTextContent('Ayub Khan visits Japan');
    const later = screen.getByRole('button', { name: /Karzai/ });
    expect(later.closest('li')).toHaveClass('is-later');
    expect(screen.getByRole('button', { name: /Zahir Shah/ }).closest('li')).not.toHaveClass(
      'is-later',
    );
    await userEvent.click(later);
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ id: '2010-karzai-state-visit' }),
    );
  });
});
