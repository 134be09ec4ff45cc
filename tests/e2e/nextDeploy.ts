import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

/**
 * Deploys "build B" over a copy of build A in `dir`, the way a new release lands on a host: every
 * hashed file under assets/ gets a new name (the old one is gone), the pages and every file that
 * names a hashed file are rewritten to the new names, and the service worker's precache list
 * carries the new names and revisions. Nothing else changes, so what the page runs afterwards is
 * told apart by the names alone.
 */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.webmanifest']);

export async function copyBuild(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
}

/** `main-BA9X3Q1A.js` → `main-BA9X3Q1An.js`: a new name, as a new hash would give. */
function nextName(name: string): string {
  const ext = extname(name);
  return `${name.slice(0, -ext.length)}n${ext}`;
}

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && TEXT.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Renames the hashed files in `dir` and returns the map of old to new names. */
export async function deployNextBuild(dir: string): Promise<Map<string, string>> {
  const assets = join(dir, 'assets');
  const renamed = new Map<string, string>();
  for (const name of await readdir(assets)) renamed.set(name, nextName(name));
  for (const [from, to] of renamed) await rename(join(assets, from), join(assets, to));

  for (const file of await textFiles(dir)) {
    const before = await readFile(file, 'utf8');
    let after = before;
    for (const [from, to] of renamed) after = after.replaceAll(from, to);
    if (after !== before) await writeFile(file, after);
  }

  // Each precache entry's revision is the file's hash, as the build writes it.
  const worker = join(dir, 'sw.js');
  const source = await readFile(worker, 'utf8');
  const entries = [...source.matchAll(/\{url:"([^"]+)",revision:"([0-9a-f]+)"\}/g)];
  let revised = source;
  for (const [entry, url] of entries) {
    const bytes = await readFile(join(dir, url ?? ''));
    const revision = createHash('md5').update(bytes).digest('hex');
    revised = revised.replace(entry, `{url:"${url}",revision:"${revision}"}`);
  }
  if (entries.length === 0) throw new Error('no precache list found in sw.js');
  await writeFile(worker, revised);
  return renamed;
}
