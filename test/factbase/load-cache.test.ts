import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLoadCache, readText } from "../../src/factbase/load-fact-base.js";
import { useTempDir } from "../helpers.js";

const dir = useTempDir("load-cache");
describe("the load cache", () => {
  it("gives back a file's text until the file changes, however it changes", async () => {
    const file = path.join(dir(), "s.txt");
    // Kept at once (the files here change faster than any real edit); see the next test.
    const cache = createLoadCache(0);
    const read = async () => {
      const r = await readText(file, "s.txt", cache);
      return r.ok ? r.text : r.diagnostic.message;
    };
    await writeFile(file, "aaaa\n");
    expect(await read()).toBe("aaaa\n");
    expect(cache.texts.size).toBe(1);
    // Rewritten in place with the same size, as an editor saving a one-letter fix does.
    await writeFile(file, "bbbb\n");
    expect(await read()).toBe("bbbb\n");
    // Replaced by another file, as an editor saving through a temp file does.
    await writeFile(path.join(dir(), "s.tmp"), "cccc\n");
    await rename(path.join(dir(), "s.tmp"), file);
    expect(await read()).toBe("cccc\n");
    await rm(file);
    expect(await read()).toBe("cannot read file: no such file");
  });

  it("does not keep a file changed in the last two seconds: a second save in the same clock tick would look the same", async () => {
    const file = path.join(dir(), "racy.txt");
    const cache = createLoadCache();
    await writeFile(file, "aaaa\n");
    expect(await readText(file, "racy.txt", cache)).toEqual({ ok: true, text: "aaaa\n" });
    expect(cache.texts.size).toBe(0);
    await writeFile(file, "bbbb\n");
    expect(await readText(file, "racy.txt", cache)).toEqual({ ok: true, text: "bbbb\n" });
  });
});
