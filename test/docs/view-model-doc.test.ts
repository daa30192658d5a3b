/**
 * docs/view-model.md is generated from the view model's types (scripts/view-model-doc.ts): it fails
 * here when it is stale, and the generator refuses a declaration it cannot read rather than leave it
 * out. The small view models below are invented for the test.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { viewModelDoc } from "../../scripts/view-model-doc.js";
import { VIEW_MODEL_DOC, viewModelSources } from "../../scripts/view-model-sources.js";
import { ROOT } from "../helpers.js";

const read = (file: string) => readFile(path.join(ROOT, file), "utf8");

/** A view model of the given brief-view text, with the real index view. */
async function docOf(briefView: string): Promise<string> {
  const real = await viewModelSources(read);
  return viewModelDoc({ ...real, briefView: { file: "brief-view.ts", text: briefView } });
}

describe("the view model's reference", () => {
  it("is what the generator makes of the current types (run `npm run docs` after changing them), as Biome formats it", async () => {
    const generated = viewModelDoc(await viewModelSources(read));
    expect(await read(VIEW_MODEL_DOC), `${VIEW_MODEL_DOC} is stale: run \`npm run docs\``).toBe(generated);
  });

  it("lists every interface reached from BriefView, each field with its type and doc comment", async () => {
    const doc = await docOf(`
/** The root. */
export interface BriefView {
  /** The title, as written. */
  readonly title: string;
  readonly marks: MarkView[] | null;
  readonly points: { readonly x: number; /** Its label. */ readonly label: string }[];
}
export interface MarkView {
  readonly kind: "new" | "updated";
}
`).then((text) => text.replace(/ +/g, " "));
    expect(doc).toContain("| `title` | `string` | The title, as written. |");
    expect(doc).toContain("| `marks` | [MarkView](#markview)[] \\| `null` | |");
    expect(doc).toContain("| `points[].label` | `string` | Its label. |");
    expect(doc).toContain('| `kind` | `"new"` \\| `"updated"` | |');
    expect(doc).toMatch(/### IndexView\n/);
  });

  it("refuses what it cannot read, and an interface the brief's view never reaches", async () => {
    await expect(docOf("export type BriefView = { title: string };\n")).rejects.toThrow(/expected "interface"/);
    await expect(
      docOf("export interface BriefView { readonly title: string }\nexport interface Lost { readonly x: number }\n"),
    ).rejects.toThrow(/Lost is not reached from BriefView/);
  });
});
