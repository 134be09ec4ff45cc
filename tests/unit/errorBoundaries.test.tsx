import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { realDataText } from './realData';
import { renderApp } from './renderApp';

// One part of the dashboard breaks on render; the rest must keep working.
const broken = vi.hoisted(() => ({ chronology: false, map: false }));

vi.mock('../../src/panels/Chronology', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/panels/Chronology')>();
  return {
    Chronology: (props: Parameters<typeof real.Chronology>[0]) => {
      if (broken.chronology) throw new Error('chronology exploded');
      return real.Chronology(props);
    },
  };
});

vi.mock('../../src/map/MapView', () => ({
  default: () => {
    if (broken.map) throw new Error('map exploded');
    return <p>map stand-in</p>;
  },
}));

function renderAppWithData() {
  vi.mocked(fetch).mockResolvedValueOnce(new Response(realDataText()));
  return renderApp();
}

describe('error boundaries', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn());
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the throw
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    broken.chronology = false;
    broken.map = false;
  });

  it('a failing chronology leaves the map, timeline and overview working', async () => {
    broken.chronology = true;
    renderAppWithData();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The chronology stopped working.');
    expect(await screen.findByText('map stand-in')).toBeInTheDocument();
    const overview = screen.getByRole('region', { name: /^Missions (now|at the end of)/ });
    expect(within(overview).getByText('Embassy of Japan in Kabul')).toBeInTheDocument();
    await userEvent.click(
      within(overview).getByRole('button', { name: 'Embassy of Japan in Kabul' }),
    );
    expect(
      screen.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
    ).toBeInTheDocument();
  });

  it('a failing map leaves every panel working', async () => {
    broken.map = true;
    renderAppWithData();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The map stopped working.');
    expect(alert).toHaveTextContent('map exploded');
    expect(screen.getByRole('region', { name: 'Chronology' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Year' })).toBeInTheDocument();
  });
});

describe('ErrorBoundary', () => {
  it('"Try again" renders the part again once it can', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('not yet');
      return <p>working now</p>;
    }
    render(
      <>
        <ErrorBoundary part="part.overview">
          <Flaky />
        </ErrorBoundary>
        <p>neighbour</p>
      </>,
    );
    // Said in the reader's language; the error's own text only behind "Technical detail".
    expect(screen.getByRole('alert')).toHaveTextContent('The status overview stopped working.');
    expect(screen.getByText('not yet').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('neighbour')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('working now')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
