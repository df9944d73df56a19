// Page object for the campaign planner (#/plan), by the hooks of docs/test-hooks.md.
import { expect, type Locator } from "@playwright/test";
import { AppPage } from "./app-page";

export const CHARTS = ["chart-reach-cost", "chart-budget-curves", "chart-factors", "chart-value-time"];

export class Planner extends AppPage {
  async start(lang = "en") {
    await this.open(`./?lang=${lang}#/plan`);
    await expect(this.testId("page-plan")).toBeVisible();
  }

  rows(): Locator {
    return this.testId("creator-row");
  }

  /** Adds a creator row and fills it; returns the row. */
  async addCreator(c: {
    name?: string;
    followers: string;
    engagement?: string;
    price?: string;
    posts?: string;
    conversion?: string;
    choice?: "open" | "pinned" | "excluded";
  }) {
    const before = await this.rows().count();
    await this.testId("add-creator").click();
    const row = this.rows().nth(before);
    if (c.name) await row.getByTestId("creator-name").fill(c.name);
    await row.getByTestId("creator-followers").fill(c.followers);
    if (c.engagement) await row.getByTestId("creator-engagement").fill(c.engagement);
    if (c.price) await row.getByTestId("creator-price").fill(c.price);
    if (c.posts) await row.getByTestId("creator-posts").fill(c.posts);
    if (c.conversion) await row.getByTestId("creator-conversion").fill(c.conversion);
    if (c.choice) await row.getByTestId("creator-choice").selectOption(c.choice);
    return row;
  }

  /** The sources' ten micros: 50,000 followers at 5 % for $500 each, named Micro 1–10. */
  async addTenMicros() {
    for (let i = 1; i <= 10; i++) {
      await this.addCreator({ name: `Micro ${i}`, followers: "50000", engagement: "5", price: "500" });
    }
  }

  /** Only the creators typed in: the typical creators of the market left out of the pool. */
  async ownCreatorsOnly() {
    await this.testId("use-market").uncheck();
  }

  async number(locator: Locator, attribute: string): Promise<number> {
    return Number(await locator.getAttribute(attribute));
  }

  /** The canvas's pixels as a data URL, and how many distinct colours it has. */
  /** A chart's pixels. Charts are drawn near the screen only, so it is scrolled to first. */
  async canvasState(testid: string) {
    const canvas = this.page.getByTestId(testid);
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).not.toHaveAttribute("data-draws", "0");
    return canvas.evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext("2d")!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return { url: canvas.toDataURL(), colours: colours.size, width: canvas.width };
    });
  }

  /** Scrolls to the charts and waits until each has been drawn (they are drawn near the screen). */
  async chartsDrawn() {
    await this.testId("charts").scrollIntoViewIfNeeded();
    for (const canvas of await this.page.locator("canvas.chart__canvas").all()) {
      await canvas.scrollIntoViewIfNeeded();
      await expect(canvas).not.toHaveAttribute("data-draws", "0");
    }
  }
}
