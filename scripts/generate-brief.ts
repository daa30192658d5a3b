/**
 * Writes an invented fact base of a given size, for the benchmark: actors,
 * events, figures and quotes in equal parts, spread over invented source
 * texts, every citation carrying an excerpt that verifies. Nothing in it is
 * real reporting; it is never written into data/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const ITEMS_PER_SOURCE = 40;

export const generateBrief = async (dir: string, items: number, name = "generated"): Promise<string> => {
  const perKind = Math.max(1, Math.floor(items / 4));
  const sourceCount = Math.max(1, Math.ceil((perKind * 4) / ITEMS_PER_SOURCE));
  const texts: string[][] = Array.from({ length: sourceCount }, (_, s) => [`Invented report number ${s + 1}`]);
  const sourceOf = (i: number) => i % sourceCount;
  const id = (kind: string, i: number) => `${kind}-${i + 1}`;

  const actors: string[] = [];
  const events: string[] = [];
  const figures: string[] = [];
  const quotes: string[] = [];
  for (let i = 0; i < perKind; i += 1) {
    const s = sourceOf(i);
    const person = `Person Number${i + 1} Example`;
    texts[s]?.push(`${person}, the envoy for district ${i + 1}, arrived on Monday.`);
    actors.push(
      `  - id: ${id("actor", i)}\n    name: ${person}\n    kind: person\n    roles:\n      - title: Envoy for district ${i + 1}\n        as_of: 2024-05-06\n        cite: [{ source: "s${s}", excerpt: "${person}, the envoy for district ${i + 1}" }]\n    cite: ["s${s}"]`,
    );
    texts[s]?.push(`Talks in district ${i + 1} began on 2 May, officials said.`);
    events.push(
      `  - id: ${id("event", i)}\n    date: 2024-05-02\n    text: Talks begin in district ${i + 1}.\n    actors: [${id("actor", i)}]\n    cite: [{ source: "s${s}", excerpt: "Talks in district ${i + 1} began on 2 May" }]`,
    );
    const value = 1000 + i * 7;
    texts[s]?.push(`More than ${value.toLocaleString("en-GB")} people in district ${i + 1} have registered.`);
    figures.push(
      `  - id: ${id("figure", i)}\n    label: Registered in district ${i + 1}\n    counts: People registered in district ${i + 1}\n    unit: people\n    historical: true\n    observations:\n      - value: ${value}\n        qualifier: more_than\n        wording: More than ${value.toLocaleString("en-GB")} people\n        as_of: 2024-05-06\n        cite: ["s${s}"]`,
    );
    texts[s]?.push(`"We will keep talking in district ${i + 1} until there is an agreement," ${person} said.`);
    quotes.push(
      `  - id: ${id("quote", i)}\n    speaker: ${id("actor", i)}\n    text: We will keep talking in district ${i + 1} until there is an agreement\n    date: 2024-05-06\n    cite: ["s${s}"]`,
    );
  }
  const sourcesDir = path.join(dir, `${name}-sources`);
  await mkdir(sourcesDir, { recursive: true });
  await Promise.all(texts.map((lines, s) => writeFile(path.join(sourcesDir, `s${s}.txt`), `${lines.join("\n")}\n`)));
  const catalog = texts
    .map(
      (_, s) =>
        `  - id: "s${s}"\n    file: s${s}.txt\n    headline: Invented report number ${s + 1}\n    outlet: Invented for the benchmark\n    published: 2024-05-06`,
    )
    .join("\n");
  await writeFile(
    path.join(sourcesDir, "sources.yaml"),
    `# Invented for factsheet's benchmark.\nsources:\n${catalog}\n`,
  );
  const brief = [
    "# Invented for factsheet's benchmark: not real reporting.",
    `title: Generated brief with ${perKind * 4} items`,
    "as_of: 2024-05-06",
    "summary: An invented brief for measuring factsheet.",
    `sources: ${name}-sources/sources.yaml`,
    "actors:",
    ...actors,
    "timeline:",
    ...events,
    "figures:",
    ...figures,
    "quotes:",
    ...quotes,
    "",
  ].join("\n");
  const file = path.join(dir, `${name}.yaml`);
  await writeFile(file, brief);
  return file;
};
