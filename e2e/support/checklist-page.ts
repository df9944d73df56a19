// Page object for the checklist game (#/checklist), by the hooks of docs/test-hooks.md.
import { expect } from "@playwright/test";
import { AppPage } from "./app-page";

export class ChecklistGame extends AppPage {
  async start() {
    await this.open("./#/checklist");
    await expect(this.testId("question")).toBeVisible();
  }

  async total(): Promise<number> {
    return Number(await this.testId("question").getAttribute("data-total"));
  }

  async index(): Promise<number> {
    return Number(await this.testId("question").getAttribute("data-index"));
  }

  /** Clicks `answer` ("a" or "b") and waits until the game has moved on. */
  async answer(answer: "a" | "b") {
    const before = await this.testId("progress").getAttribute("data-answered");
    const index = await this.index();
    await this.testId(`answer-${answer}`).click();
    await expect
      .poll(async () => {
        const verdict = await this.testId("verdict").count();
        if (verdict > 0) return "moved";
        const moved = (await this.index()) !== index;
        const counted = (await this.testId("progress").getAttribute("data-answered")) !== before;
        return moved || counted ? "moved" : "waiting";
      })
      .toBe("moved");
  }

  async play(answers: ("a" | "b")[]) {
    for (const answer of answers) await this.answer(answer);
  }

  verdict() {
    return this.testId("verdict");
  }
}
