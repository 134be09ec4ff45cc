import { describe, expect, it } from 'vitest';
import { activateLocale, i18n } from '../../src/i18n/i18n';

describe('activateLocale', () => {
  it('keeps the last choice when an earlier catalog arrives after it', async () => {
    const japanese = activateLocale('ja'); // its catalog is still on its way
    await activateLocale('en');
    await japanese;
    expect(i18n.locale).toBe('en');
    // Asked for again, it is there at once.
    await activateLocale('ja');
    expect(i18n.locale).toBe('ja');
  });
});
