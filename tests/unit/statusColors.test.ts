import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/data/schema';
import { drawMarker } from '../../src/map/markerDrawing';
import { cssColors, SELECTED_COLOR, STATUS_COLORS, translucent } from '../../src/ui/statusColors';

const SRC = join(import.meta.dirname, '../../src');
const SOURCE = 'ui/statusColors.css';
function cssFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cssFiles(join(dir, entry.name))
      : entry.name.endsWith('.css')
        ? [join(dir, entry.name)]
        : [],
  );
}
const relative = (file: string) => file.slice(SRC.length + 1);

/** A 2D context that remembers every colour it was given. */
function recordingContext() {
  const colours = new Set<string>();
  const record = { set: (value: string) => colours.add(value), get: () => '' };
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (_, name) => (name === 'lineWidth' ? 1 : () => undefined),
    set: (_, name, value) => {
      if (name === 'fillStyle' || name === 'strokeStyle') record.set(String(value));
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, colours };
}

describe('the status colours', () => {
  const declared = cssColors(readFileSync(join(SRC, SOURCE), 'utf8'));

  it('are written once, in ui/statusColors.css, and the canvas takes them from there', () => {
    for (const [status, colour] of Object.entries(STATUS_COLORS)) {
      expect(declared.get(`status-${status}`), status).toBe(colour);
    }
    expect(declared.get('focus')).toBe(SELECTED_COLOR);
    for (const file of cssFiles().filter((f) => relative(f) !== SOURCE)) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(file)).not.toMatch(/--(status-[a-z-]+|focus)\s*:/);
    }
  });

  it('are used in the CSS only by names the source declares', () => {
    const used = cssFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\(--(status-[a-z-]+)\)/g)].map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(6);
    for (const name of used) expect(declared.has(name ?? ''), name).toBe(true);
  });

  it('draw each marker on a canvas in its status colour, and the selection in the focus colour', () => {
    for (const status of Object.keys(STATUS_COLORS) as Status[]) {
      const plain = recordingContext();
      drawMarker(plain.ctx, 10, 10, status, false, 1);
      expect([...plain.colours], status).toContain(STATUS_COLORS[status]);
      expect([...plain.colours], status).not.toContain(SELECTED_COLOR);
      const selected = recordingContext();
      drawMarker(selected.ctx, 10, 10, status, true, 1);
      expect([...selected.colours], status).toContain(SELECTED_COLOR);
      expect([...selected.colours], status).toContain(translucent(SELECTED_COLOR, 22));
    }
  });

  it('turn a colour into a translucent one', () => {
    expect(translucent('#c2410c', 22)).toBe('rgb(194 65 12 / 22%)');
  });
});
