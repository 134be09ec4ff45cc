/** Small pure helpers for the bench: medians and the table it prints. */

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function round(value: number, digits = 1): number {
  return Number.isFinite(value) ? Number(value.toFixed(digits)) : value;
}

export interface Row {
  metric: string;
  app: string;
  floor: string;
  ratio: string;
  budget: string;
  ok: boolean | null;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['Metric', 'App', 'Floor', 'App/floor', 'Budget', 'Pass'];
  const lines = rows.map((r) => [
    r.metric,
    r.app,
    r.floor,
    r.ratio,
    r.budget,
    r.ok === null ? '' : r.ok ? 'yes' : '**NO**',
  ]);
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    fmt(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...lines.map(fmt),
  ].join('\n');
}
