/**
 * Catalogue entries factsheet extract writes for articles the catalogue did
 * not list hold placeholders (the outlet) until an editor fills them in: a
 * warning (placeholder-source), which --strict refuses. On a copy of the
 * invented harbour fixture and the invented unseen article.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACT_PLACEHOLDERS } from "../../src/factbase/schema.js";
import { checkPlaceholders } from "../../src/verify/check-placeholders.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

const UNSEEN = path.join(FIXTURES, "extract", "unseen", "harbour-strike.txt");
const CATALOG = path.join("harbour", "sources", "sources.yaml");

describe("placeholder-source", () => {
  it("warns of the entry extract added, and --strict refuses it, until an editor fills it in", async () => {
    const dir = await tempDirForTest("placeholders");
    await mkdir(path.join(dir, ".git"));
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
    const extracted = await runCli(["extract", UNSEEN, "--published", "2026-03-19", "--into", "harbour.yaml"], {
      cwd: dir,
    });
    expect(extracted.code).toBe(0);
    const catalog = await readFile(path.join(dir, CATALOG), "utf8");
    const line = catalog.split("\n").findIndex((l) => l.includes(EXTRACT_PLACEHOLDERS.outlet)) + 1;
    expect(line).toBeGreaterThan(0);

    const check = await runCli(["check", "--verbose", "harbour.yaml"], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.err).toMatch(
      new RegExp(
        `^${CATALOG.replaceAll(".", "\\.")}:${line}:13: warning: source harbour-strike holds the placeholders factsheet extract wrote: .* \\[placeholder-source\\]$`,
        "m",
      ),
    );
    const strict = await runCli(["check", "--strict", "harbour.yaml"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/: error: source harbour-strike holds the placeholders .*\[placeholder-source\]$/m);

    // The editor gives the outlet, and says how it is known: nothing to warn of.
    await writeFile(
      path.join(dir, CATALOG),
      catalog
        .replace(EXTRACT_PLACEHOLDERS.outlet, "Harbour Gazette")
        .replace(EXTRACT_PLACEHOLDERS.inferredOutlet, "Named on the printed page."),
    );
    const filled = await runCli(["check", "--strict", "--include-drafts", "harbour.yaml"], { cwd: dir });
    expect(filled.err).not.toContain("placeholder-source");
  });

  it("warns once per entry: at the outlet, else at the basis extract wrote for it", () => {
    const entry = { id: "x", file: "x.txt", headline: "H", published: "2024-01-01" };
    const at = (p: readonly (string | number)[]) => ({ file: "s.yaml", line: p.length, column: 1, path: p });
    const found = checkPlaceholders(
      [
        { ...entry, outlet: EXTRACT_PLACEHOLDERS.outlet, inferred: { outlet: EXTRACT_PLACEHOLDERS.inferredOutlet } },
        { ...entry, id: "y", outlet: "Gazette", inferred: { outlet: EXTRACT_PLACEHOLDERS.inferredOutlet } },
        { ...entry, id: "z", outlet: "Gazette" },
      ],
      at,
    );
    expect(found.map((d) => [d.rule, d.severity, d.path])).toEqual([
      ["placeholder-source", "warning", ["sources", 0, "outlet"]],
      ["placeholder-source", "warning", ["sources", 1, "inferred", "outlet"]],
    ]);
  });
});
