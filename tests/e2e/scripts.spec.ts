import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Text in another direction stays whole and in order: in Dari and Pashto the source lists hold
 * Latin and Japanese titles, publishers and hosts. Read from Chromium's layout, not the string:
 * for each isolated run (a title, a name), the boxes of its words, line by line.
 */
interface RunLayout {
  text: string;
  /** Each line's words in the order they are drawn, left to right. */
  lines: string[][];
  /**
   * Whether, on each line, the run is one box with its characters in reading order: nothing else
   * drawn between its words, no bracket moved to its other end; and a title's quotation marks
   * at its two ends.
   */
  whole: boolean;
}

function layoutOfRuns(page: Page, selector: string): Promise<RunLayout[]> {
  return page.evaluate((sel) => {
    const runs: RunLayout[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(sel)) {
      const text = element.textContent ?? '';
      if (!/[A-Za-z\u3040-\u30ff\u4e00-\u9fff]/.test(text)) continue;
      const node = element.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const words: { word: string; left: number; top: number }[] = [];
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const box = range.getClientRects()[0];
        if (box) words.push({ word: match[0], left: box.left, top: Math.round(box.top) });
      }
      const tops = [...new Set(words.map((w) => w.top))].sort((a, b) => a - b);
      const lines = tops.map((top) =>
        words
          .filter((w) => w.top === top)
          .sort((a, b) => a.left - b.left)
          .map((w) => w.word),
      );
      // One box per line the run is on: nothing of the sentence around it between its words.
      // Character by character, each one right of the one before it on its line: a bracket
      // that bidi reordering moved to the run's other end (a "(Japanese" look) fails here.
      let inOrder = true;
      let previous: DOMRect | undefined;
      for (let i = 0; i < text.length; i += 1) {
        if (/\s/.test(text[i] ?? '')) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        if (
          previous &&
          Math.round(previous.top) === Math.round(box.top) &&
          box.left < previous.left
        )
          inOrder = false;
        previous = box;
      }
      const boxes = [...element.getClientRects()].filter((r) => r.width > 0);
      const boxTops = boxes.map((r) => Math.round(r.top));
      // A title's quotation marks hug it, on the right-to-left page's sides: the opening one
      // at its right, where the sentence reads into it, the closing one at its left.
      const first = boxes[0];
      const last = boxes.at(-1);
      const quoteBox = (sibling: ChildNode | null, at: 'start' | 'end') => {
        if (!sibling || sibling.nodeType !== Node.TEXT_NODE || !sibling.textContent) return null;
        const range = document.createRange();
        const length = sibling.textContent.length;
        range.setStart(sibling, at === 'start' ? length - 1 : 0);
        range.setEnd(sibling, at === 'start' ? length : 1);
        return range.getClientRects()[0] ?? null;
      };
      const open = quoteBox(element.previousSibling, 'start');
      const close = quoteBox(element.nextSibling, 'end');
      const near = (a: number, b: number) => Math.abs(a - b) <= 3;
      const hugged =
        element.tagName !== 'CITE' ||
        (open !== null &&
          close !== null &&
          first !== undefined &&
          last !== undefined &&
          near(open.top, first.top) &&
          near(open.left, first.right) &&
          near(close.top, last.top) &&
          near(close.right, last.left));
      runs.push({
        text,
        lines,
        whole: inOrder && hugged && new Set(boxTops).size === boxTops.length,
      });
    }
    return runs;
  }, selector);
}

/** The words of a left-to-right run, line by line, are its words in reading order. */
function expectInOrder(run: RunLayout) {
  const words = run.text.split(/\s+/).filter(Boolean);
  expect(run.lines.flat(), run.text).toEqual(words);
  expect(run.whole, `${run.text} is drawn in one piece on each line`).toBe(true);
}

for (const lang of ['fa-AF', 'ps'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`${lang}, ${viewport.width} px: Latin and Japanese titles and names stay whole and in order`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/?lang=${lang}&year=1979&mission=kabul`);
      await expect(page.locator('.sources li').first()).toBeAttached();
      const runs = await layoutOfRuns(page, '.sources cite, .sources bdi');
      expect(runs.length).toBeGreaterThan(5);
      for (const run of runs.filter((r) => /^[^\u0600-\u06ff]*$/.test(r.text))) {
        // Japanese titles have no spaces: one "word", still one box on its line.
        expectInOrder(run);
      }
    });
  }
}
