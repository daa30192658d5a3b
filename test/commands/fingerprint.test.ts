import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/commands/fingerprint.js";

describe("fingerprint", () => {
  it("follows the texts and the options, in their order, and nothing else", () => {
    const base = fingerprint(["title: A\n", "source text"], ["0.1.0", "a4"]);
    expect(base).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint(["title: A\n", "source text"], ["0.1.0", "a4"])).toBe(base);
    expect(fingerprint(["title: B\n", "source text"], ["0.1.0", "a4"])).not.toBe(base);
    expect(fingerprint(["source text", "title: A\n"], ["0.1.0", "a4"])).not.toBe(base);
    expect(fingerprint(["title: A\n", "source text"], ["0.1.0", "letter"])).not.toBe(base);
    // Texts are hashed one by one: moving a character from one text to the next is a change.
    expect(fingerprint(["title: A\ns", "ource text"], ["0.1.0", "a4"])).not.toBe(base);
  });
});
