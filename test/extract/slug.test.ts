/** Draft ids and source ids from words: cut at a whole word, never inside one. */
import { describe, expect, it } from "vitest";
import { slug } from "../../src/extract/draft-fact-base.js";

describe("slug", () => {
  it("cuts at the last whole word that fits", () => {
    expect(slug("reuters-1987-reagan-iran-speech", 30)).toBe("reuters-1987-reagan-iran");
    expect(slug("Negotiators returned to Doha on Wednesday", 30)).toBe("negotiators-returned-to-doha");
  });

  it("keeps a text that fits, or ends exactly at a word, whole", () => {
    expect(slug("Dock workers", 30)).toBe("dock-workers");
    expect(slug("abc-def", 7)).toBe("abc-def");
    expect(slug("abc-def-ghi", 7)).toBe("abc-def");
  });

  it("cuts a single long word where it must, and names an empty text 'item'", () => {
    expect(slug("Pneumonoultramicroscopicsilicovolcanoconiosis", 10)).toBe("pneumonoul");
    expect(slug("— …", 10)).toBe("item");
  });
});
