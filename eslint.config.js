import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const MAPLIBRE = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'Only src/map may import maplibre-gl.',
};
const SCREENS = ['app', 'embed', 'research'].map((layer) => ({ layer }));
/** The rooms between the screens and the shared UI: each may use those below it, not its peers. */
const FEATURES = ['map', 'timeline', 'panels'].map((layer) => ({ layer }));
/**
 * For each directory of src, the directories it may not import from (with allowed exceptions).
 * Imports run one way: app, embed → research → map, timeline, panels → ui → state → i18n → data
 * (security stands alone).
 */
const LAYERS = {
  data: [...SCREENS, ...FEATURES, { layer: 'ui' }, { layer: 'state' }, { layer: 'i18n' }],
  i18n: [...SCREENS, ...FEATURES, { layer: 'ui' }, { layer: 'state' }],
  state: [...SCREENS, ...FEATURES, { layer: 'ui' }],
  security: [
    ...SCREENS,
    ...FEATURES,
    { layer: 'ui' },
    { layer: 'state' },
    { layer: 'i18n' },
    { layer: 'data' },
  ],
  ui: [...SCREENS, ...FEATURES],
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
/** A file-level import cycle kept on purpose, so a unit test can show that lint catches it. */
export const CYCLE_FIXTURE = 'tests/fixtures/lint-cycle/**';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/.out',
      CYCLE_FIXTURE,
    ],
  },
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
    // No file-level import cycles anywhere (type-only imports included: a cycle of types is
    // still a knot a reader must untie).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // The files it reads to follow imports, and the parser that reads them.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
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
