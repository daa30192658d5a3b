/**
 * `extract --into` hands the brief's dated events to the extractor: "the
 * March 11 bombing" in a later article is the brief's own event of that day,
 * not the latest 11 March. The brief and the article are invented for this
 * test.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ExitCode } from "../../src/errors.js";
import { runCli, useTempDir } from "../helpers.js";

const tmp = useTempDir("known-events");

describe("extract --into", () => {
  it("dates a day and month named without a year by the brief's event of that day", async () => {
    const dir = path.join(tmp(), "station");
    await mkdir(dir, { recursive: true });
    const brief = path.join(dir, "station.yaml");
    await writeFile(
      brief,
      [
        "title: Station",
        "as_of: 2025-06-02",
        "summary: To write.",
        "timeline:",
        "  - id: bombing",
        "    date: 2021-03-11",
        "    text: A bomb hit the central station",
        "    cite: [old]",
        "",
      ].join("\n"),
    );
    const article = path.join(dir, "memorial.txt");
    await writeFile(
      article,
      "Memorial opens\nA memorial to the victims of the March 11 bombing opened in the square.\n",
    );
    const { code } = await runCli(["extract", article, "--published", "2025-06-02", "--into", brief], { cwd: dir });
    expect(code).toBe(ExitCode.ok);
    const timeline = (parse(await readFile(brief, "utf8")) as { timeline: { date: string; draft?: unknown }[] })
      .timeline;
    expect(timeline.map((e) => e.date)).toEqual(["2021-03-11", "2021-03-11"]);
    expect(timeline[1]?.draft).toEqual({ by: "event-known-event", note: "the brief's event of 2021-03-11" });
  });
});
