import { expect, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/**
 * A disputed status shows where the status does: three of the four sources date Japan's closure
 * of its Kabul embassy to 1989, not 1979. In every language, the overview and the marker's name
 * say "disputed" for 1979–1988, the mission's status bar hatches that stretch, and its panel says
 * which account the atlas shows, and why.
 */
const WORDS = {
  en: { badge: 'disputed', rule: 'Which account the atlas shows, and why:' },
  ja: { badge: '異説あり', rule: 'アトラスがどの記述を表示するか、またその理由：' },
  'fa-AF': { badge: 'مورد اختلاف', rule: 'اطلس کدام گزارش را نشان می‌دهد و چرا:' },
  ps: { badge: 'د اختلاف وړ', rule: 'اټلس کوم روایت ښيي او ولې:' },
} as const;

for (const [lang, words] of Object.entries(WORDS)) {
  test(`${lang}: the 1979–1989 closure is marked disputed in the overview, the bar and the map`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${lang}&year=1985&mission=kabul`);
    await waitForMapIdle(page);
    const kabul = page.locator('.overview__item[data-mission="kabul"]');
    await expect(kabul.locator('.dispute-badge')).toHaveText(words.badge);
    await expect(page.locator('.overview__item[data-mission="tokyo"] .dispute-badge')).toHaveCount(
      0,
    );
    // The bar: a hatched stretch from 1979 to 1989, named in the bar's description.
    const bar = page.locator('.mission-panel .status-timeline');
    const stretch = bar.locator('.status-timeline__disputed');
    await expect(stretch).toBeVisible();
    const [barBox, stretchBox] = await Promise.all([bar.boundingBox(), stretch.boundingBox()]);
    const span = (2026 - 1907) / (barBox?.width ?? 1);
    expect(Math.round((stretchBox?.width ?? 0) * span)).toBe(10);
    // The panel says which account it shows and why, in the reader's language.
    await expect(page.locator('.mission-panel .discrepancy__rule').first()).toContainText(
      words.rule,
    );
    // The marker's name says it too.
    await expect(page.locator('.mission-marker[data-mission="kabul"]')).toHaveAttribute(
      'aria-label',
      new RegExp(words.badge),
    );

    // From 1989 every account has it closed: no dispute.
    await page.goto(`/?lang=${lang}&year=1990&mission=kabul`);
    await expect(kabul.locator('.status-badge')).toBeVisible();
    await expect(kabul.locator('.dispute-badge')).toHaveCount(0);
  });
}
