import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingOf, planSetup } from './decide.ts';
import { REQUIREMENTS } from './requirements.ts';

/**
 * `npm test` runs this first: as root on Debian it installs what the tests need and the machine
 * lacks; elsewhere it stops at once with one line saying what is missing and how to install it.
 */
const missing = missingOf(REQUIREMENTS, existsSync, process.env);
const plan = planSetup(missing, {
  root: process.getuid?.() === 0,
  apt: existsSync('/usr/bin/apt-get'),
});

if (plan.kind === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === 'install') {
  console.log(`test setup: installing from Debian: ${plan.packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', ...plan.packages]);
  const still = missingOf(REQUIREMENTS, existsSync, process.env);
  if (still.length > 0) {
    console.error(
      `test setup: still missing after install: ${still.map((n) => n.file).join(', ')}`,
    );
    process.exit(1);
  }
}
