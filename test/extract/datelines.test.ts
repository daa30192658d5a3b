/**
 * A wire story's dateline says where and when it was filed: no one in its place, no event on its
 * date, whichever way the agency is written. The datelines and stories are invented.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const read = (text: string) => extractArticle(chrono, { text, published: "2025-01-13" });

describe("a dateline", () => {
  it.each([
    "PORTLAND, January 13. /Wire/. The harbour board met the union on Sunday.",
    "PORTLAND, January 13 (Wire) - The harbour board met the union on Sunday.",
    "PORTLAND (Wire) - The harbour board met the union on Sunday.",
  ])("is neither an actor nor an event: %s", (line) => {
    const extraction = read(`Harbour talks\n${line}\n`);
    expect(extraction.actors.map((a) => a.name)).not.toContain("PORTLAND");
    expect(extraction.events.map((e) => e.date)).toEqual(["2025-01-12"]);
  });

  it("leaves a place in capitals that opens an ordinary sentence alone", () => {
    const extraction = read("Harbour talks\nThe talks in PORTLAND, January 13, ended without a deal.\n");
    expect(extraction.events.map((e) => e.date)).toEqual(["2025-01-13"]);
  });
});
