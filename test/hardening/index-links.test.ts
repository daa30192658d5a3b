/** The index page links each brief by its file name, URL-encoded: a name is never read as a URL. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexView } from "../../src/render/index-view.js";
import { tempDirForTest } from "../helpers.js";

describe("index links", () => {
  it("encode the characters a URL gives meaning to", async () => {
    const dir = await tempDirForTest("index-links");
    // Invented brief names, each a real file name that a browser would misread as a link.
    const names = ["x#frag", "q?x=1", "pct%41", "javascript:alert(1)", "space name"];
    for (const name of names) await writeFile(path.join(dir, `${name}.html`), "");
    const view = indexView(
      names.map((name) => ({
        status: "built" as const,
        name,
        file: `${name}.yaml`,
        title: name,
        asOf: "2024-01-01",
        html: path.join(dir, `${name}.html`),
        pdf: undefined,
      })),
      dir,
    );
    const links = Object.fromEntries(view.briefs.map((b) => [b.title, b.html]));
    expect(links).toEqual({
      "x#frag": "x%23frag.html",
      "q?x=1": "q%3Fx%3D1.html",
      "pct%41": "pct%2541.html",
      "javascript:alert(1)": "javascript%3Aalert(1).html",
      "space name": "space%20name.html",
    });
    // Each link, resolved against the index's own URL, names exactly its file.
    for (const b of view.briefs) {
      const url = new URL(b.html ?? "", "https://example.org/briefs/index.html");
      expect(url.origin).toBe("https://example.org");
      expect(decodeURIComponent(url.pathname)).toBe(`/briefs/${b.title}.html`);
    }
  });
});
