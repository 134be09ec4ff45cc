import { useEffect } from 'react';
import type { YearRange } from '../data/derive';
import { useAtlasStore } from '../state/store';
import { createPlayLoop } from './playLoop';

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Runs the play loop while the store says `playing`; a deliberate move anywhere turns that off. */
export function usePlayLoop(range: YearRange): void {
  const playing = useAtlasStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const loop = createPlayLoop(
      range,
      {
        year: () => useAtlasStore.getState().year,
        step: (year) => useAtlasStore.getState().setYear(year, 'replace'),
        finished: () => useAtlasStore.getState().setPlaying(false),
      },
      { reducedMotion: prefersReducedMotion() },
    );
    loop.start();
    return () => loop.stop();
  }, [playing, range]);
}
