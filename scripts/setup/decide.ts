import type { Requirement } from './requirements.ts';

/** What the machine is: who runs the tests, and whether Debian's package tool is there. */
export interface Machine {
  root: boolean;
  apt: boolean;
}

export type SetupPlan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: readonly string[] }
  | { kind: 'stop'; message: string };

/**
 * What to do before the tests run, given what is missing: nothing; install it (as root, with
 * apt-get, the way `playwright install --with-deps` does); or stop at once with one line that
 * names what is missing and the command that installs it.
 */
export function planSetup(missing: readonly Requirement[], machine: Machine): SetupPlan {
  if (missing.length === 0) return { kind: 'ready' };
  const packages = [...new Set(missing.flatMap((need) => need.debian))];
  if (machine.root && machine.apt) return { kind: 'install', packages };
  const what = missing.map((need) => need.why.split(',')[0]).join('; ');
  const how = machine.apt
    ? `sudo apt-get install -y ${packages.join(' ')}`
    : `install the equivalents of Debian's ${packages.join(' ')}`;
  const paths = missing.flatMap((need) => (need.env ? [need.env] : []));
  const copies = paths.length === 1 ? 'your own copy' : 'your own copies';
  const elsewhere = paths.length > 0 ? ` (or set ${paths.join(' and ')} to ${copies})` : '';
  return { kind: 'stop', message: `test setup: missing ${what}. Run: ${how}${elsewhere}` };
}

/** The requirements whose file is absent (at the place an environment variable names, if set). */
export function missingOf(
  requirements: readonly Requirement[],
  exists: (file: string) => boolean,
  env: Readonly<Record<string, string | undefined>>,
): Requirement[] {
  return requirements.filter((need) => !exists((need.env && env[need.env]) || need.file));
}
