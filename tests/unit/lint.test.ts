import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The repo's own lint configuration, with nothing ignored (the cycle fixture is, by `npm run lint`). */
const eslint = new ESLint({ cwd: ROOT, ignore: false });

const rulesOf = (results: ESLint.LintResult[]) =>
  results.flatMap((result) => result.messages.map((message) => message.ruleId));

describe('lint', () => {
  it('fails on a file-level import cycle', async () => {
    const results = await eslint.lintFiles(['tests/fixtures/lint-cycle/*.ts']);
    expect(results).toHaveLength(2);
    for (const result of results) expect(rulesOf([result])).toContain('import-x/no-cycle');
  }, 30_000);

  it('keeps imports one way: i18n knows no state, state no screen, data nothing above it', async () => {
    const probe = async (file: string, from: string) =>
      rulesOf(
        await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, {
          filePath: file,
        }),
      );
    expect(await probe('src/i18n/probe.ts', '../state/store')).toContain('no-restricted-imports');
    expect(await probe('src/state/probe.ts', '../panels/Chronology')).toContain(
      'no-restricted-imports',
    );
    expect(await probe('src/data/probe.ts', '../i18n/locales')).toContain('no-restricted-imports');
    expect(await probe('src/ui/probe.ts', '../map/MapView')).toContain('no-restricted-imports');
    expect(await probe('src/panels/probe.ts', 'maplibre-gl')).toContain('no-restricted-imports');
    // And what is allowed passes: a panel may use the shared UI, the store and the data.
    expect(await probe('src/panels/probe.ts', '../ui/useT')).not.toContain('no-restricted-imports');
  }, 30_000);
});
