/**
 * A day and month without a year, told after a date of another year in the same paragraph, takes
 * that year ("At the end of November 2023 ... On December 1, ..."), with a note; never the latest
 * such day before publication, a wrong date that check would pass. The passages are invented.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const eventsOf = (body: string, published = "2025-01-13") =>
  extractArticle(chrono, { text: `Harbour talks\n${body}\n`, published }).events.map((e) => [
    e.date,
    e.wording,
    e.drafted?.pattern,
  ]);

describe("a day and month after a date of another year", () => {
  it("takes the year of the date told before it in the paragraph", () => {
    const events = eventsOf(
      "At the end of November 2023, the port and the union agreed a truce which lasted a week. The union freed 40 barges during this time. On December 1, the port accused the union of breaking the truce.",
    );
    expect(events).toContainEqual(["2023-12-01", "December 1", "event-month-day-in-context"]);
  });

  it("takes the latest such day when no date of another year comes before it in its paragraph", () => {
    const events = eventsOf(
      "At the end of November 2023, the port and the union agreed a truce.\nOn December 1, the port accused the union of breaking the talks.",
    );
    expect(events).toContainEqual(["2024-12-01", "December 1", "event-month-day"]);
  });

  it("reads a plan ahead as before, whatever came before it", () => {
    const events = eventsOf("In March 2023 the port was sold. The new owners will open it on February 3.");
    expect(events).toContainEqual(["2025-02-03", "February 3", "event-month-day"]);
  });
});
