/**
 * Quotes are quotes: a quote stands inside the cited source's quotation marks
 * (every part of an elided one inside one quotation), the source names its
 * speaker, and quoted words in the brief's prose are quotations of its
 * sources. The briefs in test/fixtures/quotes/ are invented; each failing one
 * makes one mistake.
 */
import { describe, expect, it } from "vitest";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import type { Actor } from "../../src/factbase/schema.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { createRenderer } from "../../src/render/render-html.js";
import { attributes, brokenByAttribution, sentencesOf } from "../../src/verify/attribution.js";
import { locateQuotation } from "../../src/verify/locate-quotation.js";
import { prepareSourceText } from "../../src/verify/source-text.js";
import { ROOT, runCli } from "../helpers.js";

const Q = "test/fixtures/quotes";

/** The findings of `check` on a fixture, but the single-source warnings every one-source fixture has. */
const findings = async (name: string): Promise<string[]> => {
  const checked = await checkBrief(`${Q}/${name}.yaml`, ROOT);
  return checked.diagnostics.filter((d) => d.rule !== "single-source").map(formatDiagnostic);
};

const PARAPHRASE_HINT =
  "  quote only words the source puts in quotation marks; if the source reports them in its own words, set `paraphrase: true` (printed as reported speech, without quotation marks)";

describe("quotes in the source's quotation marks", () => {
  it("passes quotations over several paragraphs, broken by their attribution, in single marks, and a paraphrase", async () => {
    expect(await findings("quotes")).toEqual([]);
  });

  it("fails a narrative sentence entered as a quote, at the quote, suggesting paraphrase", async () => {
    expect(await findings("narrative")).toEqual([
      `${Q}/narrative.yaml:14:11: error: quote is not inside quotation marks in source d: the source says these words itself, it does not quote Tomas Reyes [quote-not-quoted]\n${PARAPHRASE_HINT}`,
    ]);
    const cli = await runCli(["check", `${Q}/narrative.yaml`]);
    expect(cli.code).toBe(1);
  });

  it("fails a quote spliced from a quotation and the narrator's words, or from two quotations", async () => {
    expect(await findings("spliced")).toEqual([
      `${Q}/spliced.yaml:15:11: error: the words "more than 1,200 dock workers" of the quote are not inside quotation marks in source a: the source says them itself, it does not quote Ines Carvalho [quote-not-quoted]\n${PARAPHRASE_HINT}`,
      `${Q}/spliced.yaml:21:11: error: quote joins words from 2 separate quotations in source a: "reached a wall" and "We cannot keep the channel open for free," [quote-spliced]\n  the parts of an elided quote must come from one quotation: make each quotation a quote of its own, or set \`paraphrase: true\` (printed as reported speech, without quotation marks)`,
    ]);
    const build = await runCli([
      "build",
      "--format",
      "html",
      "--out",
      "/nonexistent-never-written",
      `${Q}/spliced.yaml`,
    ]);
    expect(build.code).toBe(1);
  });

  it("fails a quotation in a position's text that differs from the source, or that the source does not quote", async () => {
    expect(await findings("position-quote")).toEqual([
      `${Q}/position-quote.yaml:19:11: error: the words in quotation marks "tied to tonnage, not to the size of ships" are not in the source position \`union-tonnage\` cites (d) [prose-quote-verbatim]\n  nearest passage in the source: "tied to tonnage, not to the number of ships"`,
      `${Q}/position-quote.yaml:26:11: error: the words in quotation marks "about 1,500 workers back its plan" stand outside quotation marks in the source position \`union-workers\` cites (d): they are the source's own words, not a quotation [prose-quote-not-quoted]\n  put in quotation marks only what a cited source quotes, word for word; otherwise drop the marks`,
    ]);
  });

  it("warns when the source does not name the quote's speaker", async () => {
    expect(await findings("speaker")).toEqual([
      `${Q}/speaker.yaml:13:14: warning: source b does not name Ines Carvalho as the speaker of quote \`carvalho-share\`: neither the sentence of the quotation nor the one before names or refers to the speaker [quote-speaker-unattributed]\n  the sentence: ""We are ready to pay our share, but not all of it," Reyes said, adding that nearly 1,500 workers now back the plan."`,
    ]);
  });

  it("prints a paraphrase as reported speech, without quotation marks, and a quote within them", async () => {
    const checked = await checkBrief(`${Q}/quotes.yaml`, ROOT);
    if (!checked.factBase) throw new Error("fixture does not check");
    const view = resolveBrief(checked.factBase, checked.catalog, { version: "0.0.0-test" });
    const html = (await createRenderer(await loadTemplates())).html(view);
    const figure = (id: string) =>
      html.match(new RegExp(`<figure class="quote" id="quote-${id}">[\\s\\S]*?</figure>`))?.[0];
    expect(figure("carvalho-deal-paraphrase")).toContain(
      // The source's own quotation marks inside it print typographic (display only).
      `<blockquote class="reported"><p>a deal on dredging fees was “within reach” after a week of talks with the shipping union</p></blockquote>`,
    );
    expect(figure("carvalho-deal-paraphrase")).toContain("(reported speech: the source’s words, not a quotation)");
    expect(figure("carvalho-deal-paraphrase")).not.toContain("<p>“");
    expect(figure("carvalho-friday")).toContain(
      "<blockquote><p>“That is the offer we will put to the union on Friday.”</p></blockquote>",
    );
    expect(figure("carvalho-friday")).not.toContain("reported speech");
  });
});

// The pieces, on invented texts -----------------------------------------------------------------

const entry = { id: "s", file: "s.txt", headline: "H", outlet: "O", published: "2024-01-01" };
const source = (text: string) => prepareSourceText(entry, text);
const actor = (fields: Partial<Actor> & Pick<Actor, "id" | "name">): Actor => ({
  kind: "person",
  cite: ["s"],
  ...fields,
});
const carvalho = actor({
  id: "carvalho",
  name: "Ines Carvalho",
  roles: [{ title: "Harbour master", as_of: "2024", cite: ["s"] }],
});
const reyes = actor({ id: "reyes", name: "Tomas Reyes" });

describe("locateQuotation", () => {
  const text = `Carvalho said talks had "reached a wall" over fees.\n“We cannot keep it open,” Carvalho said. “Someone has to pay.”\nReyes says 1,200 workers could lose shifts.`;
  const s = source(text);
  const link = (who: Actor) => (a: (typeof s.quotations)[number], b: (typeof s.quotations)[number]) =>
    brokenByAttribution(s, a, b, who);

  it("tells a quotation from the narrator's words, and says which part is outside", () => {
    expect(locateQuotation(s, "reached a wall").kind).toBe("quoted");
    expect(locateQuotation(s, "talks had").kind).toBe("outside");
    const found = locateQuotation(s, "Someone has to pay ... 1,200 workers");
    expect(found.kind === "outside" && found.part).toBe(1);
    expect(locateQuotation(s, "We cannot keep the harbour open").kind).toBe("absent");
  });

  it("takes words that run past the closing mark as outside it, but not the punctuation the source puts inside", () => {
    expect(locateQuotation(s, "We cannot keep it open,").kind).toBe("quoted");
    expect(locateQuotation(s, `reached a wall" over fees`).kind).toBe("outside");
  });

  it("joins two quotations only across an attribution that names or refers to the speaker", () => {
    expect(locateQuotation(s, "We cannot keep it open ... Someone has to pay.", link(carvalho)).kind).toBe("quoted");
    expect(locateQuotation(s, "We cannot keep it open ... Someone has to pay.", link(reyes)).kind).toBe("spliced");
    expect(locateQuotation(s, "reached a wall ... We cannot keep it open", link(carvalho)).kind).toBe("spliced");
  });

  it("keeps together the paragraphs of one quotation, on separate lines or flattened", () => {
    for (const t of [
      "She said:\n“We cannot pay it all.\n“We can pay a share.”\nNarration.",
      "She said: “We cannot pay it all. “We can pay a share,” she said.",
    ]) {
      expect(locateQuotation(source(t), "We cannot pay it all ... We can pay a share").kind).toBe("quoted");
    }
    const apart = source("She said: “We cannot pay it all.”\nThen: “We can pay a share.”");
    expect(locateQuotation(apart, "We cannot pay it all ... We can pay a share").kind).toBe("spliced");
  });
});

describe("who the source says spoke", () => {
  const at = (s: ReturnType<typeof source>, words: string) => {
    const found = locateQuotation(s, words);
    if (found.kind !== "quoted") throw new Error(`not quoted: ${words}`);
    const span = s.quotations[found.spans[0] ?? 0];
    return [span?.open ?? 0, span?.close ?? 0] as const;
  };

  it("finds the speaker by name, surname, title, description or pronoun, in the sentence or the one before", () => {
    const s = source(
      [
        `Harbour master Ines Carvalho spoke on Monday. "We will stay," she said.`,
        `Tomas Reyes arrived late. "We will go," Reyes said.`,
        `The harbour master was firm. "No more talks," the master added.`,
        `A long paragraph about the weather follows. It rained. It rained again. "Pay up," she said.`,
      ].join("\n"),
    );
    expect(attributes(s, carvalho, ...at(s, "We will stay"))).toBe(true);
    expect(attributes(s, carvalho, ...at(s, "We will go"))).toBe(false);
    expect(attributes(s, reyes, ...at(s, "We will go"))).toBe(true);
    expect(attributes(s, carvalho, ...at(s, "No more talks"))).toBe(true);
    // A pronoun stands for someone named a few sentences before, not anyone named anywhere.
    expect(attributes(s, carvalho, ...at(s, "Pay up"))).toBe(false);
  });

  it("does not count a name inside the quotation as its attribution", () => {
    const s = source(`"Reyes is wrong," the union's critic said.`);
    expect(attributes(s, reyes, ...at(s, "Reyes is wrong"))).toBe(false);
  });

  it("reads a hard-wrapped wire story paragraph by paragraph: a wrapped line is no sentence's end", () => {
    // An invented wire story, its lines wrapped at some 60 characters, each paragraph indented.
    const s = source(
      [
        "HARBOUR CHIEF ADMITS DREDGING PLAN A MISTAKE",
        "    PORTLAND, March 4 - Harbour master Ines Carvalho,",
        "speaking at the end of a long day of talks with the union,",
        'admitted tonight that the dredging plan had failed and, "It',
        'was a mistake."',
        "    The union welcomed the admission but said it would keep",
        "its strike ballot open until the fees were settled and the",
        "channel was dredged, a spokesman said.",
        "    Reyes, the union's leader, spoke later in the evening at",
        "the docks, where some two hundred workers had gathered to",
        'hear him. "We are ready to pay our share," he told them.',
        "",
      ].join("\n"),
    );
    expect(attributes(s, carvalho, ...at(s, "It was a mistake."))).toBe(true);
    expect(attributes(s, reyes, ...at(s, "We are ready to pay our share,"))).toBe(true);
    // A wrapped line's end is no sentence's: the paragraph's sentences start where its stops are.
    const { starts } = sentencesOf(s);
    expect(starts.map((i) => s.citable.slice(i, i + 12))).toContain('"We are read');
    expect(starts.map((i) => s.citable.slice(i, i + 12))).not.toContain("speaking at ");
  });

  it("splits sentences at stops, but not after initials or inside a quotation", () => {
    const s = source(`U.S. envoy J. Smith arrived. "We came. We saw," he said. Mr. Reyes left!`);
    const { starts } = sentencesOf(s);
    expect(starts.map((i) => s.citable.slice(i, i + 6))).toEqual(["U.S. e", `"We ca`, "Mr. Re"]);
  });
});
