import type { Plugin } from 'vite';
import { eventCheckCode } from './eventCheckCode.ts';

const ID = 'virtual:event-check';

/** `import hasEventShape from 'virtual:event-check'`: the compiled event check (eventCheckCode). */
export function eventCheck(): Plugin {
  return {
    name: 'atlas-event-check',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? eventCheckCode() : undefined),
  };
}
