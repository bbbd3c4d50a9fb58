import { expect, type Locator, type Page } from '@playwright/test';

/** Present mode: full-screen slides driven by the keyboard. */
export class PresentPage {
  readonly main: Locator;
  constructor(readonly page: Page) {
    this.main = page.locator('main.present[data-slide-count]');
  }

  async goto(workshopId: string, slide = 1): Promise<void> {
    await this.page.goto(`./#/present/${workshopId}/${slide}`);
    await expect(this.main).toBeVisible();
    await this.page.mouse.move(0, 0);
  }

  async count(): Promise<number> {
    return Number(await this.main.getAttribute('data-slide-count'));
  }

  async expectSlide(index: number): Promise<void> {
    await expect(this.main).toHaveAttribute('data-slide-index', String(index));
  }

  async slideId(): Promise<string> {
    return (await this.main.getAttribute('data-slide-id')) ?? '';
  }

  /** The slide's own content (the 1920x1080 stage), as the room sees it. */
  stage(): Locator {
    return this.page.locator('.stage').first();
  }

  /** Waits until the toolbar has faded so a screenshot shows only the slide. */
  async waitToolbarHidden(): Promise<void> {
    await expect(this.page.locator('.present-toolbar')).toHaveAttribute('data-visible', 'false', { timeout: 6000 });
  }

  /**
   * The smallest rendered text size on the slide, in CSS pixels: HTML text by its computed font size times the
   * stage's scale, SVG text by the height of its glyph box (which is at least the font size).
   */
  async smallestTextPx(): Promise<{ px: number; text: string }> {
    return this.page.evaluate(() => {
      const stage = document.querySelector<HTMLElement>('.stage');
      if (!stage) return { px: 0, text: 'no stage' };
      const scale = stage.getBoundingClientRect().width / stage.offsetWidth;
      let min = { px: Infinity, text: '' };
      const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el = node.parentElement;
        if (!text || !el || el.closest('.visually-hidden') || el.closest('title, desc')) continue;
        let px: number;
        if (el instanceof SVGTextElement || el.closest('svg')) {
          const svgText = (el.closest('text') ?? el) as SVGGraphicsElement;
          const size = Number(getComputedStyle(svgText).fontSize.replace('px', ''));
          const ctm = svgText.getScreenCTM();
          px = size * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
        } else {
          px = Number(getComputedStyle(el).fontSize.replace('px', '')) * scale;
        }
        if (px < min.px) min = { px, text };
      }
      return min;
    });
  }
}
