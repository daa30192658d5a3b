/**
 * What the review tests share: a draft's card on the page, waiting for the page's status line, and
 * the drafted parts of the invented parts fixture (test/fixtures/review/parts/) as it writes them.
 */
import type { Page } from "puppeteer";

/** The card of the draft at `key` ("quotes.1", "figures.1.observations.1"). */
export const card = (key: string) => `article.draft[data-draft="${key}"]`;

/**
 * Waits until the status line says what `pattern` matches; if it never does, fails saying what the
 * status line and the alert said instead.
 */
export async function statusIs(page: Page, pattern: RegExp): Promise<void> {
  try {
    await page.waitForFunction(
      (source: string) => new RegExp(source).test(document.querySelector("#status")?.textContent ?? ""),
      { timeout: 20_000 },
      pattern.source,
    );
  } catch (error) {
    const said = await page
      .evaluate(() => ({
        status: document.querySelector("#status")?.textContent ?? null,
        alert: document.querySelector("#alert")?.textContent ?? null,
        focused: document.activeElement?.outerHTML.slice(0, 120) ?? null,
      }))
      .catch(() => "(page gone)");
    throw new Error(`status never matched ${pattern}: ${JSON.stringify(said)}`, { cause: error });
  }
}

/** The parts fixture's drafted value, role and citation, as it writes them (after their comment line). */
export const DRAFT_VALUE = `      - value: 41000
        qualifier: about
        wording: about 41,000
        as_of: 2024-04-02
        cite:
          - source: p
            excerpt: up from about 41,000 a year earlier
        draft: true
`;
export const DRAFT_ROLE = `      - title: Captain
        as_of: 2024-04-02
        cite:
          - source: p
            excerpt: Captain Ivo Brandt
        draft:
          by: name-with-title
`;
export const DRAFT_CITATION = `      - source: q
        excerpt: '"We will run twelve crossings a day," Ostrova repeated'
        draft: true
`;
