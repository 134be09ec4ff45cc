/**
 * Where a map is in its life, as one value. The controller asks it what the map can take now,
 * instead of keeping a boolean for each fact.
 *
 * loading ──style.load──▶ styled ──load──▶ drawn
 *    styled, drawn ──webglcontextlost──▶ lost ──webglcontextrestored──▶ restoring ──idle──▶ drawn
 *    any ──destroy──▶ destroyed
 */
export type MapPhase = 'loading' | 'styled' | 'drawn' | 'lost' | 'restoring' | 'destroyed';

export type MapLifeEvent =
  'style.load' | 'load' | 'idle' | 'webglcontextlost' | 'webglcontextrestored' | 'destroy';

/** The phase after an event. Events that mean nothing in a phase leave it as it is. */
export function nextPhase(phase: MapPhase, event: MapLifeEvent): MapPhase {
  if (phase === 'destroyed') return phase;
  switch (event) {
    case 'destroy':
      return 'destroyed';
    case 'style.load':
      return phase === 'loading' ? 'styled' : phase;
    case 'load':
      return phase === 'loading' || phase === 'styled' ? 'drawn' : phase;
    case 'webglcontextlost':
      return 'lost';
    case 'webglcontextrestored':
      return phase === 'lost' ? 'restoring' : phase;
    case 'idle':
      return phase === 'restoring' ? 'drawn' : phase;
  }
}

/** The style has loaded: its sources take data and feature-state (even while the context is lost, the controller keeps what it would send). */
export const hasStyle = (phase: MapPhase): boolean =>
  phase === 'styled' || phase === 'drawn' || phase === 'lost' || phase === 'restoring';

/** The WebGL context is lost: MapLibre has no style to take state until it is restored. */
export const isLost = (phase: MapPhase): boolean => phase === 'lost';

/**
 * The style takes the routes' phases as the year changes: it has loaded, is not lost, and is not
 * waiting to be sent every state again after a restore.
 */
export const followsYear = (phase: MapPhase): boolean => phase === 'styled' || phase === 'drawn';

/** The map has drawn its first tiles (only the worker check asks). */
export const hasDrawn = (phase: MapPhase): boolean =>
  phase === 'drawn' || phase === 'lost' || phase === 'restoring';
