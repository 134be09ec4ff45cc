import type { Status } from '../data/schema';
import { SELECTED_COLOR, STATUS_COLORS, translucent } from '../ui/statusColors';

/**
 * The mission markers drawn onto a 2D canvas, for pictures of the map (print, image export): the
 * markers on screen are DOM buttons over the WebGL canvas, which a copy of that canvas lacks.
 * The same shapes as the buttons' CSS (map.css), in the same colours (ui/statusColors.css).
 */
/** The statuses a legend shows, in its order: the map's and the exported image's. */
export const LEGEND_STATUSES: readonly Status[] = [
  'open',
  'closed',
  'not-established',
  'held-by-former-republic',
  'suspended',
  'not-recorded',
];

/** Draws one marker centred on (x, y); `scale` is canvas pixels per CSS pixel. */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  status: Status,
  selected: boolean,
  scale: number,
): void {
  const color = STATUS_COLORS[status];
  const r = 9 * scale;
  ctx.save();
  ctx.translate(x, y);
  if (selected) {
    ctx.beginPath();
    ctx.arc(0, 0, 15 * scale, 0, Math.PI * 2);
    ctx.fillStyle = translucent(SELECTED_COLOR, 22);
    ctx.fill();
    ctx.lineWidth = 3 * scale;
    ctx.strokeStyle = SELECTED_COLOR;
    ctx.stroke();
  }
  ctx.lineWidth = 2 * scale;
  switch (status) {
    case 'open':
      circle(ctx, r, color, '#ffffff');
      break;
    case 'closed':
      circle(ctx, r, '#ffffff', color, 3 * scale);
      ctx.beginPath();
      for (const [dx, dy] of [
        [1, 1],
        [1, -1],
      ] as const) {
        ctx.moveTo(-dx * r * 0.5, -dy * r * 0.5);
        ctx.lineTo(dx * r * 0.5, dy * r * 0.5);
      }
      ctx.strokeStyle = color;
      ctx.lineWidth = 2 * scale;
      ctx.stroke();
      break;
    case 'not-established':
      ctx.setLineDash([3 * scale, 2 * scale]);
      circle(ctx, r, '#ffffff', color);
      break;
    case 'not-recorded':
      ctx.setLineDash([1.5 * scale, 2 * scale]);
      circle(ctx, r, '#ffffff', color);
      ctx.setLineDash([]);
      ctx.fillStyle = color;
      ctx.font = `700 ${10 * scale}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('?', 0, scale);
      break;
    case 'held-by-former-republic':
      ctx.rotate(Math.PI / 4);
      square(ctx, r * 0.85, color, '#ffffff');
      break;
    case 'suspended':
      square(ctx, r, color, '#ffffff');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(-r * 0.4, -r * 0.5, 2 * scale, r);
      ctx.fillRect(r * 0.4 - 2 * scale, -r * 0.5, 2 * scale, r);
      break;
  }
  ctx.restore();
}

function circle(
  ctx: CanvasRenderingContext2D,
  r: number,
  fill: string,
  stroke: string,
  width = ctx.lineWidth,
) {
  ctx.beginPath();
  ctx.arc(0, 0, r, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = width;
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

function square(ctx: CanvasRenderingContext2D, r: number, fill: string, stroke: string) {
  ctx.beginPath();
  ctx.rect(-r, -r, r * 2, r * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = stroke;
  ctx.stroke();
}
