import { spawn } from 'node:child_process';

export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/**
 * An X display for Firefox and WebKit, which draw WebGL only in one (headless Firefox has no
 * WebGL2 here): the one the session has, else a virtual one (Xvfb) on the first free display
 * number, stopped by the returned function.
 */
export async function ensureDisplay(): Promise<() => void> {
  if (process.env.DISPLAY) return () => undefined;
  const xvfb = spawn(
    XVFB_PATH,
    ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const display = await new Promise<string>((found, fail) => {
    let said = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('\n')) found(said.trim());
    });
    xvfb.on('error', fail);
    xvfb.on('exit', (code) =>
      fail(new Error(`Xvfb stopped (exit ${code}) before it had a display`)),
    );
  });
  process.env.DISPLAY = `:${display}`;
  return () => {
    xvfb.kill();
    delete process.env.DISPLAY;
  };
}
