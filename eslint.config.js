import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const MAPLIBRE = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'Only src/map may import maplibre-gl.',
};
const SCREENS = ['app', 'embed', 'research'].map((layer) => ({ layer }));
/** For each directory of src, the directories it may not import from (with allowed exceptions). */
const LAYERS = {
  data: [
    ...SCREENS,
    { layer: 'map' },
    { layer: 'timeline' },
    { layer: 'panels' },
    { layer: 'state' },
  ],
  state: [...SCREENS, { layer: 'map' }, { layer: 'timeline' }, { layer: 'panels' }],
  i18n: [...SCREENS, { layer: 'map' }, { layer: 'timeline' }, { layer: 'panels' }],
  security: [
    ...SCREENS,
    { layer: 'map' },
    { layer: 'timeline' },
    { layer: 'panels' },
    { layer: 'state' },
  ],
  map: [...SCREENS, { layer: 'timeline' }, { layer: 'panels' }],
  timeline: [...SCREENS, { layer: 'map' }, { layer: 'panels' }],
  // The status timeline in a panel draws on the slider's pure geometry.
  panels: [...SCREENS, { layer: 'map' }, { layer: 'timeline', except: ['timelineLogic'] }],
  research: [{ layer: 'app' }, { layer: 'embed' }],
  app: [{ layer: 'embed' }],
  embed: [],
  /** src/main.tsx and the type declarations beside it. */
  '': [],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/.out'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Data and URL text reach the page as text only: no HTML parsing sinks anywhere in the app.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text with textContent or JSX, never as HTML.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTML|write|writeln)$/]',
          message: 'Render text with textContent or JSX, never as HTML.',
        },
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'Render text with JSX, never as HTML.',
        },
      ],
    },
  },
  // Imports run one way: the screens (app, embed, research) → map, timeline, panels → state,
  // i18n → data. Nothing in data or state knows a screen, and one module owns the map: nothing
  // outside src/map imports maplibre-gl.
  ...Object.entries(LAYERS).map(([dir, forbidden]) => ({
    files: [dir ? `src/${dir}/**/*.{ts,tsx}` : 'src/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(dir === 'map' ? [] : [MAPLIBRE]),
            ...forbidden.map(({ layer, except = [] }) => ({
              group: [`**/${layer}/*`, ...except.map((allowed) => `!**/${layer}/${allowed}`)],
              message: `src/${dir} may not import from src/${layer}: imports run app → map, timeline, panels → state → data.`,
            })),
          ],
        },
      ],
    },
  })),
);
