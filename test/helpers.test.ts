/**
 * The test helpers' own decisions: whether the browser tests run, skip or fail, and why; and that
 * the temp folders they hand out are made under the OS temp dir and removed.
 */
import { access, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { browserRequiredBy, planBrowserTests, searchBrowser, tempDirForTest, useTempDir } from "./helpers.js";

/** A machine with no browser anywhere: nothing is executable, no folder has entries. */
const bare = { platform: "linux", home: "/home/ed", isExecutable: () => false, list: () => [] } as const;

describe("searchBrowser", () => {
  it("notes every path it tries, in the order findBrowser tries them", () => {
    const search = searchBrowser({ ...bare, env: { PATH: "/opt/bin" } });
    expect(search.found).toBeUndefined();
    expect(search.error).toBeUndefined();
    expect(search.tried[0]).toBe("/usr/lib/chromium/chromium-headless-shell");
    expect(search.tried).toContain("/usr/bin/chromium");
    expect(search.tried.at(-1)).toBe("/opt/bin/google-chrome-stable");
  });

  it("stops at the browser it finds", () => {
    const search = searchBrowser({ ...bare, env: {}, isExecutable: (file) => file === "/usr/lib/chromium/chromium" });
    expect(search.found).toEqual({ path: "/usr/lib/chromium/chromium", from: "system" });
    expect(search.tried).toEqual(["/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium"]);
  });

  it("keeps findBrowser's error for a browser named explicitly that is not there", () => {
    const search = searchBrowser({ ...bare, env: { FACTSHEET_BROWSER: "/nope/chrome" } });
    expect(search.found).toBeUndefined();
    expect(search.error).toMatch(/^The browser named by FACTSHEET_BROWSER \(\/nope\/chrome\) does not exist/);
  });
});

describe("browserRequiredBy", () => {
  it("is FACTSHEET_REQUIRE_BROWSER when set, else a CI variable that is set and not false", () => {
    expect(browserRequiredBy({})).toBeUndefined();
    expect(browserRequiredBy({ FACTSHEET_REQUIRE_BROWSER: "1" })).toBe("FACTSHEET_REQUIRE_BROWSER=1");
    expect(browserRequiredBy({ CI: "true" })).toBe("CI=true");
    expect(browserRequiredBy({ CI: "1" })).toBe("CI=1");
    for (const off of ["", "0", "false", "FALSE"]) expect(browserRequiredBy({ CI: off }), off).toBeUndefined();
    // Said explicitly, it wins over CI either way.
    expect(browserRequiredBy({ CI: "true", FACTSHEET_REQUIRE_BROWSER: "0" })).toBeUndefined();
    expect(browserRequiredBy({ CI: "false", FACTSHEET_REQUIRE_BROWSER: "1" })).toBe("FACTSHEET_REQUIRE_BROWSER=1");
  });
});

describe("planBrowserTests", () => {
  const none = searchBrowser({ ...bare, env: { PATH: "/opt/bin" } });

  it("runs the tests on the browser found, required or not", () => {
    const found = { found: { path: "/usr/bin/chromium", from: "system" }, tried: ["/usr/bin/chromium"] };
    expect(planBrowserTests(found, undefined)).toEqual({ action: "run", path: "/usr/bin/chromium" });
    expect(planBrowserTests(found, "CI=true")).toEqual({ action: "run", path: "/usr/bin/chromium" });
  });

  it("fails them when no browser is found and one is required, naming why and every path tried", () => {
    const plan = planBrowserTests(none, "FACTSHEET_REQUIRE_BROWSER=1");
    expect(plan.action).toBe("fail");
    if (plan.action === "run") return;
    expect(plan.reason).toMatch(
      /^No browser found for the browser tests, and FACTSHEET_REQUIRE_BROWSER=1 requires one\./,
    );
    expect(plan.reason.split("\n").slice(1)).toEqual(none.tried.map((file) => `  ${file}`));
  });

  it("skips them when no browser is found and none is required, saying why and how to run them", () => {
    const plan = planBrowserTests(none, undefined);
    expect(plan.action).toBe("skip");
    if (plan.action === "run") return;
    expect(plan.reason).toBe(
      `no browser found at the ${none.tried.length} paths tried (the first: /usr/lib/chromium/chromium-headless-shell). ` +
        "Set FACTSHEET_BROWSER to run these tests; FACTSHEET_REQUIRE_BROWSER=1 fails them instead, listing every path.",
    );
  });

  it("fails them, required or not, when the browser named explicitly is not there", () => {
    const named = searchBrowser({ ...bare, env: { FACTSHEET_BROWSER: "/nope/chrome" } });
    for (const required of [undefined, "CI=true"]) {
      expect(planBrowserTests(named, required)).toEqual({ action: "fail", reason: named.error });
    }
  });
});

describe("temp folders", () => {
  const forFile = useTempDir("helpers");
  let forTest = "";
  afterAll(async () => {
    // Removed when the test that asked for it ended, though the file's folder is still there.
    await expect(access(forTest)).rejects.toThrow();
    await access(forFile());
  });

  it("are made under the OS temp dir, one for the file and one per test", async () => {
    forTest = await tempDirForTest("helpers");
    for (const dir of [forFile(), forTest]) {
      expect(path.dirname(dir)).toBe(os.tmpdir());
      expect(path.basename(dir)).toMatch(/^factsheet-helpers-\w{6}$/);
    }
    await writeFile(path.join(forTest, "a.txt"), "a");
    expect(forTest).not.toBe(forFile());
  });
});
