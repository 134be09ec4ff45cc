import { describe, expect, it } from 'vitest';
import { missingOf, planSetup } from '../../scripts/setup/decide';
import { REQUIREMENTS, type Requirement } from '../../scripts/setup/requirements';

const chromium = REQUIREMENTS.find((need) => need.env === 'CHROMIUM_PATH') as Requirement;
const nginx = REQUIREMENTS.find((need) => need.env === 'NGINX_PATH') as Requirement;
const fonts = REQUIREMENTS.find((need) => need.debian.includes('fonts-noto-cjk')) as Requirement;

describe('the test set-up', () => {
  it('does nothing when everything is there', () => {
    expect(planSetup([], { root: false, apt: false })).toEqual({ kind: 'ready' });
    expect(planSetup([], { root: true, apt: true })).toEqual({ kind: 'ready' });
  });

  it('installs what is missing, each package once, as root on Debian', () => {
    const plan = planSetup([chromium, nginx, fonts], { root: true, apt: true });
    expect(plan).toEqual({
      kind: 'install',
      packages: ['chromium', 'fonts-dejavu-core', 'nginx', 'fonts-noto-cjk'],
    });
  });

  it('stops with one line naming what is missing and the command, when not root', () => {
    const plan = planSetup([chromium, nginx], { root: false, apt: true });
    expect(plan.kind).toBe('stop');
    const message = plan.kind === 'stop' ? plan.message : '';
    expect(message).not.toContain('\n');
    expect(message).toContain('Chromium');
    expect(message).toContain('nginx');
    expect(message).toContain('sudo apt-get install -y chromium fonts-dejavu-core nginx');
    expect(message).toContain('CHROMIUM_PATH and NGINX_PATH to your own copies');
  });

  it('names the Debian packages but no apt-get command where there is no apt-get', () => {
    const plan = planSetup([fonts], { root: true, apt: false });
    expect(plan.kind).toBe('stop');
    const message = plan.kind === 'stop' ? plan.message : '';
    expect(message).not.toContain('apt-get');
    expect(message).toContain('fonts-noto-cjk');
  });

  it('installs the other engines and their display on a fresh machine, in the same one step', () => {
    const engines = REQUIREMENTS.filter((need) =>
      ['FIREFOX_PATH', 'WEBKIT_DRIVER_PATH'].includes(need.env ?? ''),
    );
    const display = REQUIREMENTS.filter((need) => need.debian.includes('xvfb'));
    const plan = planSetup([chromium, ...engines, ...display], { root: true, apt: true });
    expect(plan).toEqual({
      kind: 'install',
      packages: ['chromium', 'fonts-dejavu-core', 'firefox-esr', 'webkit2gtk-driver', 'xvfb'],
    });
  });

  it('looks for a file where its environment variable points, if set', () => {
    const present = new Set(['/opt/chrome', ...REQUIREMENTS.map((need) => need.file)]);
    present.delete(chromium.file);
    const exists = (file: string) => present.has(file);
    expect(missingOf(REQUIREMENTS, exists, {})).toEqual([chromium]);
    expect(missingOf(REQUIREMENTS, exists, { CHROMIUM_PATH: '/opt/chrome' })).toEqual([]);
    expect(missingOf(REQUIREMENTS, exists, { CHROMIUM_PATH: '/opt/none' })).toEqual([chromium]);
  });
});
