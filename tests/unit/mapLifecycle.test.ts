import { describe, expect, it } from 'vitest';
import {
  followsYear,
  hasDrawn,
  hasStyle,
  nextPhase,
  type MapLifeEvent,
  type MapPhase,
} from '../../src/map/lifecycle';

const walk = (events: MapLifeEvent[], from: MapPhase = 'loading') => events.reduce(nextPhase, from);

describe('a map’s life', () => {
  it('loads its style, then draws, and follows the year from the style on', () => {
    expect(walk(['style.load'])).toBe('styled');
    expect(walk(['style.load', 'load'])).toBe('drawn');
    expect(followsYear('loading')).toBe(false);
    expect(followsYear('styled')).toBe(true);
    expect(followsYear('drawn')).toBe(true);
    expect(hasDrawn('styled')).toBe(false);
  });

  it('after a lost context, follows the year again only once the restored map is idle', () => {
    const lost = walk(['style.load', 'load', 'webglcontextlost']);
    expect(lost).toBe('lost');
    expect(followsYear(lost)).toBe(false);
    expect(hasStyle(lost)).toBe(true);
    const restoring = nextPhase(lost, 'webglcontextrestored');
    expect(restoring).toBe('restoring');
    expect(followsYear(restoring)).toBe(false);
    // The restored style loads again: still waiting for the idle that sends everything.
    expect(nextPhase(restoring, 'style.load')).toBe('restoring');
    expect(nextPhase(restoring, 'idle')).toBe('drawn');
  });

  it('ignores what means nothing where it is, and ends at destroy', () => {
    expect(walk(['idle', 'webglcontextrestored'])).toBe('loading');
    expect(walk(['style.load', 'load', 'style.load', 'idle'])).toBe('drawn');
    const destroyed = walk(['style.load', 'destroy']);
    expect(destroyed).toBe('destroyed');
    expect(walk(['style.load', 'load', 'webglcontextlost'], destroyed)).toBe('destroyed');
    expect(hasStyle(destroyed)).toBe(false);
  });
});
