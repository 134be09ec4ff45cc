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

/** A mission's panel in a year, as the dashboard shows it. */
const renderMission = (id: MissionId, year: number) =>
  render(
    <MissionPanel
      mission={mission(id)}
      year={year}
      range={range}
      index={index}
      onClose={() => undefined}
    />,
  );

describe('MissionPanel', () => {
  it.each([
    [1979, 'Closed'],
    [1985, 'Closed'],
    [2002, 'Open'],
    [2021, 'Closed'],
    [2022, 'Open'],
  ])('says "Status in %i: %s" for Kabul', (year, label) => {
    renderMission('kabul', year);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Embassy of Japan in Kabul',
    );
    expect(screen.getByText(`Status in ${year}:`, { exact: false })).toHaveTextContent(
      `Status in ${year}: ${label}`,
    );
  });

  it('lists the status changes with dates, sources as links, and the 1979/1989 discrepancy', () => {
    renderMission('kabul', 1985);
    expect(screen.getByText('by August 1945')).toBeInTheDocument();
    expect(screen.getByText('15 August 2021')).toBeInTheDocument();
    const article = screen.getAllByRole('link', { name: /Afghanistan–Japan relations/ })[0];
    expect(article).toHaveAttribute(
      'href',
      'https://en.wikipedia.org/wiki/Afghanistan%E2%80%93Japan_relations',
    );
    expect(article?.closest('li')).toHaveTextContent(/^Wikipedia \(English\), “Afghanistan–Japan/);
    const disagreement = screen.getByRole('note', { name: /Sources disagree/ });
    expect(disagreement).toHaveTextContent('15 February 1989');
    // A repost is linked, and the original publication is named beside it.
    const kyodo = within(disagreement).getByRole('link', { name: /外務省幹部がカブール入り/ });
    expect(kyodo).toHaveAttribute('href', 'http://asyura2.com/sora/war5/msg/282.html');
    expect(kyodo.closest('li')).toHaveTextContent(
      /^Kyodo News, “外務省幹部がカブール入り 外交窓口設置にらむ”, 2 December 2001 \(reposted at asyura2\.com\)$/,
    );
    expect(screen.getByRole('img', { name: /with 1985 marked/ })).toBeInTheDocument();
  });

  it('marks London’s wartime closure as inferred', () => {
    renderMission('london', 1945);
    expect(screen.getByText(/Status in 1945/)).toHaveTextContent('Closed');
    expect(screen.getAllByText('inferred').length).toBeGreaterThan(0);
  });
});

describe('sources a reader can open', () => {
  const linked = (ids: readonly string[]) =>
    ids.filter((id) => {
      const source = index.sources.get(id);
      return source?.url !== undefined || source?.readAt !== undefined;
    });

  it('every source cited by an event is a link to its page, or says why there is none', () => {
    for (const event of data.events) {
      const { container, unmount } = render(
        <EventPanel event={event} index={index} onClose={() => undefined} />,
      );
      const sources = container.querySelector('.event-panel > .sources');
      const links = [...(sources?.querySelectorAll('a') ?? [])].filter(
        (a) => !a.hasAttribute('hreflang'),
      );
      expect(
        links.map((a) => a.getAttribute('href')),
        event.id,
      ).toEqual(
        linked(event.sources).map((id) => {
          const s = index.sources.get(id);
          return s?.readAt?.url ?? s?.url;
        }),
      );
      for (const id of event.sources) {
        const reason = index.sources.get(id)?.noUrl;
        if (reason) expect(sources).toHaveTextContent(`(no link: ${reason})`);
      }
      unmount();
    }
  });

  it('names the original publication beside an archived copy', () => {
    renderMission('kabul', 2021);
    const release = screen.getAllByRole('link', {
      name: /在アフガニスタン日本大使館の一時閉館/,
    })[0];
    expect(release).toHaveAttribute('href', expect.stringMatching(/^https:\/\/megalodon\.jp\//));
    expect(release?.closest('li')).toHaveTextContent(
      /^Embassy of Japan in Afghanistan, “.+”, 17 August 2021 \(archived copy at megalodon\.jp\)$/,
    );
    // Japanese titles keep their language, marked for screen readers and fonts.
    expect(release?.querySelector('cite')).toHaveAttribute('lang', 'ja');
  });

  it('isolates each name and the date, so a Latin name never pulls a right-to-left date apart', () => {
    renderMission('kabul', 2021);
    const release = screen.getAllByRole('link', {
      name: /在アフガニスタン日本大使館の一時閉館/,
    })[0];
    const isolated = [...(release?.closest('li')?.querySelectorAll('bdi') ?? [])].map(
      (bdi) => bdi.textContent,
    );
    // The archive's host too: a Latin host at a sentence's end keeps its brackets in Dari.
    expect(isolated).toEqual(['Embassy of Japan in Afghanistan', '17 August 2021', 'megalodon.jp']);
  });

  it('explains the confidence scale beside every confidence value', async () => {
    const event = data.events.find((e) => e.confidence === 'medium');
    if (!event) throw new Error('no event of medium confidence');
    render(<EventPanel event={event} index={index} onClose={() => undefined} />);
    const scale = screen.getByText('What confidence rests on');
    expect(screen.getByText(/^Medium: one source of good standing\.$/)).not.toBeVisible();
    await userEvent.click(scale);
    expect(screen.getByText(/^Medium: one source of good standing\.$/)).toBeVisible();
    expect(screen.getByText(/^High: an official source/)).toBeVisible();
    expect(screen.getByText(/^Low: a blog/)).toBeVisible();
  });

  it('gives the London wartime closure the dated facts it is inferred from, not a source', () => {
    renderMission('london', 1945);
    const basis = screen.getByText('Inferred from these dated facts:').closest('.sources');
    expect(basis).toHaveTextContent('December 1941: Japan and the United Kingdom are at war.');
    expect(basis).toHaveTextContent('28 April 1952: The San Francisco peace treaty');
  });
});

describe('corrected dates', () => {
  it('gives Karzai’s 2010 visit as 16–20 June 2010 and says both accounts of its kind', () => {
    const event = index.events.get('2010-karzai-state-visit');
    if (!event) throw new Error('missing event');
    render(<EventPanel event={event} index={index} onClose={() => undefined} />);
    expect(screen.getByText('16–20 June 2010')).toBeInTheDocument();
    const note = screen.getByRole('note', { name: /Sources disagree/ });
    expect(note).toHaveTextContent('A state visit.');
    expect(note).toHaveTextContent('working visit guest');
  });

  it('shows the Tokyo embassy suspended since 1 February 2026, its earlier account as overtaken', () => {
    renderMission('tokyo', 2026);
    expect(screen.getByText(/Status in 2026/)).toHaveTextContent('Status in 2026: Suspended');
    expect(screen.getByText('1 February 2026')).toBeInTheDocument();
    const note = screen.getByRole('note', { name: /Overtaken by events/ });
    expect(note).toHaveTextContent('Written before the 2026 suspension');
    expect(note).not.toHaveTextContent('Account shown');
  });

  it('shows the delegation’s 2025 arrival, and both accounts of who invited it', () => {
    const event = index.events.get('2025-taliban-delegation-tokyo');
    if (!event) throw new Error('missing event');
    render(<EventPanel event={event} index={index} onClose={() => undefined} />);
    expect(screen.getByText('16 February 2025')).toBeInTheDocument();
    const note = screen.getByRole('note', { name: /Sources disagree/ });
    expect(note).toHaveTextContent('Sasakawa Peace Foundation');
    expect(note).toHaveTextContent('Nippon Foundation');
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
    const segment = screen.getByRole('link', { name: /Japanese television news segment/ });
    expect(segment).toHaveAttribute('href', 'https://www.wacoca.com/news/363296');
    expect(segment.closest('li')).toHaveTextContent('(reposted at wacoca.com)');
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
    render(
      <StatusOverview
        missions={data.missions}
        discrepancies={index.discrepancies}
        year={2025}
        onSelect={onSelect}
      />,
    );
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
    const later = screen.getByRole('button', { name: /President Hamid Karzai visits Japan/ });
    expect(later.closest('li')).toHaveClass('is-later');
    // A later entry says so to a screen reader, through one description shared by all of them.
    expect(later).toHaveAccessibleDescription('(after 1969)');
    expect(
      screen.getByRole('button', { name: /State visit of King Zahir Shah/ }),
    ).not.toHaveAccessibleDescription();
    expect(
      screen.getByRole('button', { name: /State visit of King Zahir Shah/ }).closest('li'),
    ).not.toHaveClass('is-later');
    // Each entry says who took part, so a name can be found on the page.
    expect(
      screen.getByRole('button', { name: /Taliban delegation visits Tokyo/ }),
    ).toHaveTextContent('Abdul Latif Nazari, Toshihide Ando');
    expect(screen.getAllByRole('button', { name: /Muttaqi/ }).length).toBeGreaterThan(1);
    await userEvent.click(later);
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ id: '2010-karzai-state-visit' }),
    );
  });
});
