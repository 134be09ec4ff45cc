import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEPLOY_FILE,
  IMMUTABLE,
  deployConfig,
  localConfig,
  serverBlock,
} from '../../scripts/nginx/nginxConfig';
import { SECURITY_HEADERS } from '../../src/security/contentSecurityPolicy';

const block = serverBlock({ listen: '8080', root: '/srv/atlas', brotli: false });

/** Each `location … { … }` of the block, by its match. */
function locations(config: string): Map<string, string> {
  return new Map(
    [...config.matchAll(/location ([^{]+) \{([^}]*)\}/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

describe('the nginx configuration', () => {
  it('is what deploy/nginx/atlas.conf holds (npm run nginx:config rewrites it)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../..', DEPLOY_FILE), 'utf8');
    expect(committed).toBe(deployConfig());
  });

  it('sends the security headers from every location, since nginx does not inherit them', () => {
    const found = locations(block);
    expect([...found.keys()]).toEqual([
      '^~ /assets/',
      '~ ^/embed(\\.html)?$',
      '~ \\.[A-Za-z0-9]+$',
      '/',
    ]);
    for (const [match, body] of found) {
      for (const name of Object.keys(SECURITY_HEADERS))
        expect(body, `${match} ${name}`).toMatch(new RegExp(`add_header ${name} ".+" always;`));
    }
  });

  it('keeps hashed files a year, revalidates the rest, and never keeps an error', () => {
    const found = locations(block);
    expect(found.get('^~ /assets/')).toContain(`add_header Cache-Control "${IMMUTABLE}";`);
    for (const match of ['~ ^/embed(\\.html)?$', '~ \\.[A-Za-z0-9]+$', '/'])
      expect(found.get(match)).toContain('add_header Cache-Control "no-cache";');
    expect(block).not.toMatch(/Cache-Control "[^"]*" always/);
  });

  it('falls back to the atlas only for paths without an extension', () => {
    const found = locations(block);
    expect(found.get('/')).toContain('try_files $uri $uri/ /index.html;');
    expect(found.get('~ \\.[A-Za-z0-9]+$')).toContain('try_files $uri =404;');
    expect(found.get('^~ /assets/')).toContain('try_files $uri =404;');
  });

  it('runs in the foreground from its own directory, with brotli only when asked', () => {
    const local = localConfig({
      listen: '127.0.0.1:4174',
      root: '/r',
      brotli: true,
      prefix: '/tmp/p',
      brotliModule: '/m.so',
    });
    expect(local).toMatch(/^load_module \/m\.so;\ndaemon off;/);
    expect(local).toContain('pid /tmp/p/nginx.pid;');
    expect(local).toContain('    brotli on;');
    expect(block).not.toMatch(/^\s*brotli on;/m);
  });
});
