import { describe, expect, it } from "vitest";
import { curlOptional, curlQuotes } from "../../src/brief/curl-quotes.js";

describe("curlQuotes", () => {
  it.each([
    ["Qatar's mediation between Israel and Hamas", "Qatar’s mediation between Israel and Hamas"],
    [
      "Qatar says negotiations 'very, very difficult' amid escalations",
      "Qatar says negotiations ‘very, very difficult’ amid escalations",
    ],
    ['It says "no clarity yet" on the way forward', "It says “no clarity yet” on the way forward"],
    ['"Hamas is ready," he said', "“Hamas is ready,” he said"],
    ["the captives' families", "the captives’ families"],
    ['a ("quoted") word', "a (“quoted”) word"],
    ['a pause—"and then"', "a pause—“and then”"],
    ["'Tis", "‘Tis"],
    ["no marks at all", "no marks at all"],
  ])("%s", (text, curled) => {
    expect(curlQuotes(text)).toBe(curled);
  });

  it("makes a quotation's own double marks single, inside quotation marks", () => {
    expect(curlQuotes(`He called it "a moment" and said it's 'urgent'`, { nested: true })).toBe(
      "He called it ‘a moment’ and said it’s ‘urgent’",
    );
  });

  it("changes nothing but the marks", () => {
    const text = `"A" 'b' c's "d e" f'`;
    const curled = curlQuotes(text);
    expect(curled.length).toBe(text.length);
    expect(curled.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")).toBe(text);
  });

  it("passes a missing text through", () => {
    expect(curlOptional(null)).toBeNull();
    expect(curlOptional(undefined)).toBeNull();
    expect(curlOptional("it's")).toBe("it’s");
  });
});
