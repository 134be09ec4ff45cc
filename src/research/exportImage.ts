import type { Status } from '../data/schema';
import { drawMarker } from '../map/markerDrawing';
import { ROUTE_PAINT } from '../map/routePaint';
import { STATUS_COLORS } from '../ui/statusColors';

/**
 * The image export: the current view as a 1600 × 1000 PNG made in the browser, with the map as
 * drawn (its markers drawn onto the copy), the legend, the title, the year, what is selected, and
 * a footer with the citation, the permalink and the licence. Every word comes from the caller,
 * in the reader's language; in Dari and Pashto the picture is laid out right to left.
 */
export interface ImageContent {
  dir: 'ltr' | 'rtl';
  lang: string;
  title: string;
  yearLabel: string;
  /** What is selected: a heading and its lines (status, dates, summary); else the overview. */
  heading: string;
  lines: readonly string[];
  legendHeading: string;
  legend: readonly { status: Status; label: string }[];
  /** The legend's two route lines, as the map paints them: this year's visits, earlier ones. */
  routeLabels: { current: string; past: string };
  /** Said after a text too long for its column: where the rest can be read. */
  textCut: string;
  /** The map as drawn, or null (then `mapMissing` says why). */
  map: HTMLCanvasElement | null;
  mapMissing: string;
  footer: readonly string[];
}

export const IMAGE_WIDTH = 1600;
export const IMAGE_HEIGHT = 1000;

const FONT = "system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK JP', sans-serif";
const INK = '#1b2430';
const SOFT = '#4a5566';
const PAPER = '#f6f4ef';
const LINE = '#d9d4c7';

const MARGIN = 32;
const HEADER = 104;
const FOOTER = 128;
const SIDE = 400;

/** Breaks text into lines that fit: at spaces, or anywhere in text written without them. */
export function wrapText(measure: (text: string) => number, text: string, width: number): string[] {
  const tokens = text
    .split(/(\s+)/)
    .flatMap((token) => (measure(token) > width ? [...token] : [token]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line !== '' && measure(next.trimEnd()) > width) {
      lines.push(line.trim());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

/**
 * The longest run of whole sentences from the start of `text` that `fits` ("." "。" "؟" "!" end
 * one), or "" where not even the first sentence fits.
 */
export function wholeSentences(text: string, fits: (part: string) => boolean): string {
  const ends = [...text.matchAll(/[.!?。！？؟](?=\s|$)|[。！？]/g)].map(
    (m) => m.index + m[0].length,
  );
  let kept = '';
  for (const end of ends) {
    const part = text.slice(0, end).trim();
    if (!fits(part)) break;
    kept = part;
  }
  return kept;
}

export function composeImage(content: ImageContent): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = IMAGE_WIDTH;
  canvas.height = IMAGE_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const rtl = content.dir === 'rtl';
  canvas.lang = content.lang;
  ctx.direction = content.dir;
  ctx.textBaseline = 'alphabetic';
  /** An x measured from the start edge (left, or right in RTL). */
  const x = (fromStart: number) => (rtl ? IMAGE_WIDTH - fromStart : fromStart);
  const font = (size: number, weight = 400) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
  };
  const text = (value: string, fromStart: number, y: number, align: 'start' | 'end' = 'start') => {
    ctx.textAlign = align;
    ctx.fillText(value, x(fromStart), y);
  };
  /** Writes wrapped text from `top`, at most `max` lines; returns where it stopped. */
  const paragraph = (
    value: string,
    fromStart: number,
    top: number,
    width: number,
    size: number,
    max: number,
  ) => {
    font(size);
    const lines = wrapText((t) => ctx.measureText(t).width, value, width);
    const shown = lines.slice(0, max);
    if (lines.length > max) shown[max - 1] = `${shown[max - 1] ?? ''}…`;
    shown.forEach((line, i) => text(line, fromStart, top + size + i * size * 1.35));
    return top + shown.length * size * 1.35;
  };

  /**
   * The selection's lines in the room above the legend: at the largest size from 19 px down to
   * 14 px at which they all fit; where even that is too little, the whole sentences that fit,
   * then `textCut`, which says where the rest is. Never a sentence cut in its middle.
   */
  const sideText = (lines: readonly string[], fromStart: number, top: number, bottom: number) => {
    const measure = (t: string) => ctx.measureText(t).width;
    for (const size of [19, 17, 15, 14]) {
      font(size);
      const height = lines.reduce(
        (sum, line) => sum + wrapText(measure, line, SIDE).length * size * 1.35 + 6,
        0,
      );
      if (top + height <= bottom || size === 14) {
        let y = top;
        for (const line of lines) {
          const room = Math.floor((bottom - y - size * 1.35 * 2) / (size * 1.35));
          const wrapped = wrapText(measure, line, SIDE);
          if (wrapped.length <= room) {
            y = paragraph(line, fromStart, y, SIDE, size, wrapped.length) + 6;
            continue;
          }
          const kept = wholeSentences(line, (t) => wrapText(measure, t, SIDE).length <= room);
          if (kept) y = paragraph(kept, fromStart, y, SIDE, size, room) + 6;
          font(size);
          return paragraph(content.textCut, fromStart, y, SIDE, size, 2);
        }
        return y;
      }
    }
    return top;
  };

  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);

  // Title and year.
  ctx.fillStyle = INK;
  font(38, 700);
  text(content.title, MARGIN, 62);
  font(34, 700);
  text(content.yearLabel, IMAGE_WIDTH - MARGIN, 62, 'end');
  ctx.fillStyle = LINE;
  ctx.fillRect(MARGIN, HEADER - 14, IMAGE_WIDTH - 2 * MARGIN, 2);

  // The map, fitted into its frame on the start side.
  const mapWidth = IMAGE_WIDTH - 3 * MARGIN - SIDE;
  const mapHeight = IMAGE_HEIGHT - HEADER - FOOTER - MARGIN / 2;
  const mapLeft = rtl ? IMAGE_WIDTH - MARGIN - mapWidth : MARGIN;
  // The frame is the map: filled by it, trimmed at two edges where the shapes differ a little;
  // where they differ more, the whole map, framed as drawn, with paper (no empty bands) beside.
  let frame = { left: mapLeft, top: HEADER, width: mapWidth, height: mapHeight };
  if (content.map && content.map.width > 0 && content.map.height > 0) {
    const fill = Math.max(mapWidth / content.map.width, mapHeight / content.map.height);
    const fit = Math.min(mapWidth / content.map.width, mapHeight / content.map.height);
    const scale = fit / fill > 6 / 7 ? fill : fit;
    const w = content.map.width * scale;
    const h = content.map.height * scale;
    if (scale === fit) {
      frame = {
        left: mapLeft + (mapWidth - w) / 2,
        top: HEADER + (mapHeight - h) / 2,
        width: w,
        height: h,
      };
    }
    ctx.save();
    ctx.beginPath();
    ctx.rect(frame.left, frame.top, frame.width, frame.height);
    ctx.clip();
    ctx.drawImage(content.map, mapLeft + (mapWidth - w) / 2, HEADER + (mapHeight - h) / 2, w, h);
    ctx.restore();
  } else {
    ctx.fillStyle = '#dfe7ee';
    ctx.fillRect(mapLeft, HEADER, mapWidth, mapHeight);
    ctx.fillStyle = SOFT;
    paragraph(content.mapMissing, MARGIN + 24, HEADER + mapHeight / 2 - 20, mapWidth - 48, 22, 3);
  }
  ctx.strokeStyle = LINE;
  ctx.lineWidth = 2;
  ctx.strokeRect(frame.left, frame.top, frame.width, frame.height);

  // The side column: what is selected, then the legend under it, at the map's foot.
  const sideStart = MARGIN * 2 + mapWidth;
  const legendRows = content.legend.length + 2;
  const legendTop = HEADER + mapHeight - 40 - legendRows * 34;
  ctx.fillStyle = INK;
  const below = paragraph(content.heading, sideStart, HEADER - 6, SIDE, 26, 3) + 8;
  ctx.fillStyle = SOFT;
  sideText(content.lines, sideStart, below, legendTop - 24);

  ctx.fillStyle = INK;
  font(20, 700);
  text(content.legendHeading, sideStart, legendTop + 20);
  content.legend.forEach(({ status, label }, i) => {
    const rowY = legendTop + 56 + i * 34;
    drawMarker(ctx, x(sideStart + 14), rowY - 7, status, false, 1.1);
    ctx.fillStyle = STATUS_COLORS[status] === STATUS_COLORS['not-recorded'] ? SOFT : INK;
    font(18);
    text(label, sideStart + 40, rowY);
  });
  // The routes as the map paints them, a line of each phase, scaled as the markers are.
  (['current', 'past'] as const).forEach((phase, i) => {
    const rowY = legendTop + 56 + (content.legend.length + i) * 34;
    ctx.strokeStyle = ROUTE_PAINT.color;
    ctx.globalAlpha = ROUTE_PAINT[phase].opacity;
    ctx.lineWidth = ROUTE_PAINT[phase].width * 1.4;
    ctx.beginPath();
    ctx.moveTo(x(sideStart), rowY - 7);
    ctx.lineTo(x(sideStart + 28), rowY - 7);
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.fillStyle = INK;
    font(18);
    text(content.routeLabels[phase], sideStart + 40, rowY);
  });

  // Footer: the citation, the permalink, the licence.
  ctx.fillStyle = LINE;
  ctx.fillRect(MARGIN, IMAGE_HEIGHT - FOOTER, IMAGE_WIDTH - 2 * MARGIN, 2);
  ctx.fillStyle = SOFT;
  let footerY = IMAGE_HEIGHT - FOOTER + 6;
  for (const line of content.footer) {
    footerY = paragraph(line, MARGIN, footerY, IMAGE_WIDTH - 2 * MARGIN, 17, 2) + 4;
  }
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('no PNG'))), 'image/png'),
  );
}
