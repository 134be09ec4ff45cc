/**
 * `npm run licenses`: every runtime package (the dependencies and theirs, from the lockfile; what
 * the build can ship), with its licence. Fails when a licence is not on the permissive list below, so a new
 * dependency with an unexpected licence is noticed. Fonts and map data are listed in docs/deploy.md.
 */
import { readFileSync } from 'node:fs';

const ALLOWED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']);

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};

/** "(MIT OR Apache-2.0)" is fine when any alternative is allowed. */
function allowed(license: string): boolean {
  return license
    .replace(/[()]/g, '')
    .split(/\s+OR\s+/)
    .some((part) => ALLOWED.has(part.trim()));
}

const rows = Object.entries(lock.packages)
  .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
  .map(([path, entry]) => {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    return {
      name,
      version: entry.version ?? '?',
      license: entry.license ?? 'UNKNOWN',
      direct: name in manifest.dependencies,
    };
  })
  .sort((a, b) => Number(b.direct) - Number(a.direct) || a.name.localeCompare(b.name));

const width = Math.max(...rows.map((r) => `${r.name}@${r.version}`.length));
for (const r of rows) {
  const mark = r.direct ? 'direct    ' : 'transitive';
  console.log(`${`${r.name}@${r.version}`.padEnd(width)}  ${mark}  ${r.license}`);
}
const bad = rows.filter((r) => !allowed(r.license));
console.log(
  `\n${rows.length} runtime packages (${rows.filter((r) => r.direct).length} direct), licences: ${[
    ...new Set(rows.map((r) => r.license)),
  ].join(', ')}`,
);
if (bad.length > 0) {
  console.error(
    `Not on the allowed list: ${bad.map((r) => `${r.name} (${r.license})`).join(', ')}`,
  );
  process.exitCode = 1;
}
