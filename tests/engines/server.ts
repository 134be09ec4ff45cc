import { preview, type PreviewServer } from 'vite';

/**
 * The production build (dist/) served as `npm start` serves it, on a port of the suite's own, and
 * stopped and started again for the offline revisit.
 */
export function atlasServer(port: number) {
  let server: PreviewServer | null = null;
  return {
    origin: `http://127.0.0.1:${port}`,
    start: async () => {
      server = await preview({
        configFile: 'vite.config.ts',
        logLevel: 'warn',
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      });
    },
    stop: async () => {
      await server?.close();
      server = null;
    },
  };
}
