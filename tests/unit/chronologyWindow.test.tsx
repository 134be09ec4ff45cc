import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Chronology, WINDOW_FROM } from '../../src/panels/Chronology';
import { loadRealData } from './realData';

const real = loadRealData();

// The windowed list itself needs a browser's layout: tests/e2e/scale.spec.ts drives it.
describe('the chronology of the real record', () => {
  it('is short enough to stay whole, every entry in the page', () => {
    expect(real.events.length).toBeLessThan(WINDOW_FROM);
    render(<Chronology events={real.events} year={2026} />);
    expect(screen.getAllByRole('button')).toHaveLength(real.events.length);
    expect(screen.getAllByRole('listitem')[0]).not.toHaveAttribute('aria-setsize');
  });
});
