import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { localConfig } from './nginxConfig.ts';

/**
 * Starts Debian's nginx in the foreground on loopback over the built app (`npm run serve:nginx`,
 * and the end-to-end tests' nginx project). Everything it writes goes to a temporary directory.
 */

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

export interface NginxServer {
  origin: string;
  brotli: boolean;
  close(): Promise<void>;
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function waitUntilListening(port: number, child: ChildProcess, output: () => string) {
  for (let tries = 0; tries < 100; tries += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${output()}`);
    if (await listening(port)) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`nginx did not listen on ${port}: ${output()}`);
}

export async function startNginx(root: string, port: number): Promise<NginxServer> {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx is not installed at ${NGINX} (Debian: apt-get install nginx)`);
  }
  const prefix = await mkdtemp(join(tmpdir(), 'atlas-nginx-'));
  const brotli = existsSync(BROTLI_MODULE);
  const config = localConfig({
    listen: `127.0.0.1:${port}`,
    root: resolve(root),
    brotli,
    prefix,
    ...(brotli ? { brotliModule: BROTLI_MODULE } : {}),
    // As root, nginx's workers would run as nobody, who may not read a checkout under /root.
    ...(process.getuid?.() === 0 ? { user: userInfo().username } : {}),
  });
  const file = join(prefix, 'nginx.conf');
  await writeFile(file, config);
  const child = spawn(NGINX, ['-p', prefix, '-c', file, '-e', 'stderr'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    process.stderr.write(chunk);
  });
  await waitUntilListening(port, child, () => log);
  return {
    origin: `http://127.0.0.1:${port}`,
    brotli,
    close: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        // QUIT: finish what is being sent, then stop.
        child.kill('SIGQUIT');
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4174;
  const server = await startNginx('dist', port);
  console.log(`nginx serves dist at ${server.origin} (brotli ${server.brotli ? 'on' : 'off'})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
