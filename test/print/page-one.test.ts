/**
 * Page one stands alone, whatever the length of the change panel: built for real (Chromium, A4 and
 * Letter) against a previous edition that differs in 40 items or more, page one of the PDF holds the
 * title, summary, every key point, every key figure's label, every contents entry and a pointer to
 * the panel; the panel, whole, starts on page two. Two briefs: the Qatar brief as shipped, and an
 * invented brief at page one's limits (PAGE_ONE_LIMITS), generated here from the harbour fixture.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { BriefView } from "../../src/brief/brief-view.js";
import { LEAD_ENTRIES, PAGE_ONE_LIMITS, resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { FactBase } from "../../src/factbase/schema.js";
import { describeWithBrowser, editionOf, FIXTURES, ROOT, runCli, useTempDir } from "../helpers.js";

/** Each page's text, with every white space left out (lines break anywhere), ligatures undone. */
const readPages = async (file: string): Promise<string[]> => {
  const doc = await getDocument({
    data: new Uint8Array(await readFile(file)),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i += 1) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(squeeze(content.items.map((item) => ("str" in item ? item.str : "")).join("")));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
};

const squeeze = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Invented prose of exactly `length` characters: whole words from a fixed list, a full stop, no quotation marks. */
const prose = (length: number, seed: number): string => {
  const words =
    "harbour authority union dredging channel fees talks council shipping berth ferry budget contract ministry cargo quay tonnes winter agreement port of a".split(
      " ",
    );
  let text = "The";
  for (let i = seed; text.length < length - 1; i += 7) {
    const room = length - 1 - text.length - 1;
    // The next word of the cycle, or the longest that fits; never leaving room for a space alone.
    const fits = (w: string) => w.length === room || w.length <= room - 2;
    const word = [words[i % words.length] ?? "a", ...[...words].sort((a, b) => b.length - a.length)].find(fits);
    if (word === undefined) break;
    text += ` ${word}`;
  }
  return `${text}.`;
};

/**
 * The previous edition of `fb`: every actor, event, position, quote and figure worded otherwise
 * (up to `updated` of them), and `removed` events it had that this edition no longer has.
 */
const previousEdition = (fb: FactBase, updated: number, removed: number): FactBase => {
  const before = structuredClone(fb) as { -readonly [K in keyof FactBase]: FactBase[K] };
  let left = updated;
  const take = () => left-- > 0;
  for (const e of before.timeline ?? []) if (take()) Object.assign(e, { text: `${e.text} (first reported)` });
  for (const p of before.positions ?? []) if (take()) Object.assign(p, { text: `${p.text} (as first stated)` });
  for (const q of before.quotes ?? []) if (take()) Object.assign(q, { text: `${q.text} (as first quoted)` });
  for (const f of before.figures ?? []) if (take()) Object.assign(f, { observations: f.observations.slice(0, 1) });
  for (const a of before.actors ?? []) if (take()) Object.assign(a, { name: `${a.name} (as first named)` });
  const gone = Array.from({ length: removed }, (_, i) => ({
    id: `withdrawn-${i + 1}`,
    date: "2024-02-01",
    text: `Event ${i + 1} of the previous edition, withdrawn since: ${prose(60, i)}`,
    cite: [],
  }));
  before.timeline = [...(before.timeline ?? []), ...gone] as FactBase["timeline"];
  return before as FactBase;
};

/** The invented brief at page one's limits, beside a copy of the harbour fixture's sources. */
const briefAtTheLimits = async (dir: string): Promise<string> => {
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
  const harbour = parse(await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8")) as Record<string, unknown> & {
    figures: Record<string, unknown>[];
    key_points: { cite: unknown }[];
  };
  // A third invented article, for a latest value that takes two lines in its box ("more than
  // 10,300"), with a trend line below it.
  await writeFile(
    path.join(dir, "harbour", "sources", "c.txt"),
    "Port Alba strike widens\nThe union said on Friday that more than 10,300 dock workers had stopped work.\n",
  );
  const catalog = path.join(dir, "harbour", "sources", "sources.yaml");
  const sources = parse(await readFile(catalog, "utf8")) as { sources: unknown[] };
  sources.sources.push({
    id: "c",
    file: "c.txt",
    headline: "Port Alba strike widens",
    outlet: "Alba Gazette",
    published: "2024-03-08",
  });
  await writeFile(catalog, `# Invented test fixture.\n${stringify(sources)}`);
  const figure = harbour.figures[0] as { observations: Record<string, unknown>[] };
  const observations = [
    figure.observations[1],
    {
      value: 10_300,
      qualifier: "more_than",
      wording: "more than 10,300 dock workers",
      as_of: "2024-03-08",
      according_to: "the union",
      cite: ["c"],
    },
  ];
  const brief = {
    ...harbour,
    title: prose(PAGE_ONE_LIMITS.titleCharacters, 1),
    summary: prose(PAGE_ONE_LIMITS.summaryCharacters, 2),
    key_points: Array.from({ length: PAGE_ONE_LIMITS.keyPoints }, (_, i) => ({
      text: prose(PAGE_ONE_LIMITS.keyPointsCharacters / PAGE_ONE_LIMITS.keyPoints, 3 + i),
      cite: harbour.key_points[0]?.cite,
    })),
    figures: Array.from({ length: PAGE_ONE_LIMITS.keyFigures }, (_, i) => ({
      ...figure,
      id: `workers-${i + 1}`,
      label: prose(PAGE_ONE_LIMITS.keyFigureLabelCharacters, 10 + i),
      observations,
      key: true,
    })),
  };
  const file = path.join(dir, "limits.yaml");
  await writeFile(file, `# Invented test fixture: the harbour brief at page one's limits.\n${stringify(brief)}`);
  return file;
};

describeWithBrowser("page one", () => {
  const dir = useTempDir("page-one");
  const briefs: Record<string, { file: string; previous: string; fb: FactBase; view: BriefView }> = {};

  beforeAll(async () => {
    const make = async (name: string, file: string, updated: number, removed: number) => {
      const checked = await checkBrief(file, ROOT);
      if (!checked.factBase) throw new Error(`${file} does not check`);
      const previous = path.join(dir(), `${name}-previous.json`);
      const snapshot = editionOf(previousEdition(checked.factBase, updated, removed), checked.catalog);
      await writeFile(previous, JSON.stringify(snapshot));
      const view = resolveBrief(checked.factBase, checked.catalog, {
        version: "t",
        disagreements: checked.disagreements,
        previous: snapshot,
      });
      briefs[name] = { file, previous, fb: checked.factBase, view };
    };
    await make("qatar", path.join(ROOT, "data", "qatar-mediation.yaml"), 40, 2);
    await make("limits", await briefAtTheLimits(dir()), 40, 30);
  });

  it.each([
    ["qatar", "a4"],
    ["qatar", "letter"],
    ["limits", "a4"],
    ["limits", "letter"],
  ])("holds the %s brief's overview on %s, the change panel whole from page two", async (name, paper) => {
    const brief = briefs[name];
    if (!brief) throw new Error(`no brief ${name}`);
    const out = path.join(dir(), `${name}-${paper}`);
    const { code, err } = await runCli([
      "build",
      brief.file,
      "--since",
      brief.previous,
      "--out",
      out,
      "--paper",
      paper,
      "--format",
      "pdf",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const pages = await readPages(path.join(out, `${path.basename(brief.file, ".yaml")}.pdf`));
    const [one = "", two = ""] = pages;
    const { view } = brief;
    const changes = view.changes;
    if (!changes) throw new Error("no change panel");

    // Page one: everything the overview holds; each contents entry with its page.
    expect(one).toContain(squeeze(view.title));
    expect(one).toContain(squeeze(view.summary));
    expect(view.keyPoints.length).toBeGreaterThan(0);
    for (const point of view.keyPoints) expect(one).toContain(squeeze(point.text));
    expect(view.keyFigures.length).toBe(4);
    for (const figure of view.keyFigures) expect(one).toContain(squeeze(figure.label));
    expect(one).toContain(squeeze("Contents"));
    const contents = view.toc.filter((entry) => !entry.changes);
    expect(contents.length).toBeGreaterThanOrEqual(7);
    for (const entry of contents) expect(one).toMatch(new RegExp(`${literal(squeeze(entry.title))}\\d+`));
    // The panel's lead: the count, and where the whole panel is.
    const entries = [...changes.updated, ...changes.added, ...changes.removed];
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(one).toContain(squeeze(changes.count));
    expect(one).toContain(squeeze(`And ${entries.length - LEAD_ENTRIES} more: the whole list`));
    expect(one).toContain(squeeze("continues on page 2."));

    // Page two starts the panel; from there on, every entry.
    expect(two).toContain(squeeze("What changed since the edition of 15 January 2024"));
    const rest = pages.slice(1).join("");
    for (const entry of entries) expect(rest).toContain(squeeze(entry.label));
  });
});
