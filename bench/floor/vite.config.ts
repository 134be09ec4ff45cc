import { defineConfig } from 'vite';

/** Builds the floor page into bench/.out/floor, served at /floor/ next to the app by the bench. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/floor/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: '../.out/floor',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
