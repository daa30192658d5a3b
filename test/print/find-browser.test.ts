import { describe, expect, it } from "vitest";
import { CliError, ExitCode } from "../../src/errors.js";
import { findBrowser, requireBrowser } from "../../src/print/find-browser.js";

const fsWith = (executables: string[], dirs: Record<string, string[]> = {}) => ({
  isExecutable: (f: string) => executables.includes(f),
  list: (d: string) => dirs[d] ?? [],
  home: "/home/ed",
  platform: "linux" as const,
});

describe("findBrowser", () => {
  it("prefers the flag, then FACTSHEET_BROWSER, then PUPPETEER_EXECUTABLE_PATH", () => {
    const fs = fsWith(["/a", "/b", "/c", "/usr/bin/chromium"]);
    const env = { FACTSHEET_BROWSER: "/b", PUPPETEER_EXECUTABLE_PATH: "/c" };
    expect(findBrowser({ ...fs, flag: "/a", env })).toEqual({ path: "/a", from: "--browser" });
    expect(findBrowser({ ...fs, env })).toEqual({ path: "/b", from: "FACTSHEET_BROWSER" });
    expect(findBrowser({ ...fs, env: { PUPPETEER_EXECUTABLE_PATH: "/c" } })).toEqual({
      path: "/c",
      from: "PUPPETEER_EXECUTABLE_PATH",
    });
  });

  it("then Puppeteer's cache, newest build first, then system paths", () => {
    const cache = "/home/ed/.cache/puppeteer";
    const fs = fsWith(
      [
        `${cache}/chrome/linux-131.0.1/chrome-linux64/chrome`,
        `${cache}/chrome/linux-99.0.1/chrome-linux64/chrome`,
        "/usr/bin/chromium",
      ],
      { [`${cache}/chrome`]: ["linux-99.0.1", "linux-131.0.1"] },
    );
    expect(findBrowser({ ...fs, env: {} })?.path).toBe(`${cache}/chrome/linux-131.0.1/chrome-linux64/chrome`);
    expect(findBrowser({ ...fsWith(["/usr/bin/chromium", "/usr/lib/chromium/chromium"]), env: {} })).toEqual({
      path: "/usr/lib/chromium/chromium",
      from: "system",
    });
  });

  it("prefers Chromium's headless shell to the full browser, on the system and in Puppeteer's cache", () => {
    const system = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/lib/chromium/chromium-headless-shell"];
    expect(findBrowser({ ...fsWith(system), env: {} })?.path).toBe("/usr/lib/chromium/chromium-headless-shell");
    const cache = "/home/ed/.cache/puppeteer";
    const shell = `${cache}/chrome-headless-shell/linux-131.0.1/chrome-headless-shell-linux64/chrome-headless-shell`;
    const fs = fsWith([`${cache}/chrome/linux-131.0.1/chrome-linux64/chrome`, shell], {
      [`${cache}/chrome`]: ["linux-131.0.1"],
      [`${cache}/chrome-headless-shell`]: ["linux-131.0.1"],
    });
    expect(findBrowser({ ...fs, env: {} })?.path).toBe(shell);
    // A newer full browser before an older headless shell.
    const newer = `${cache}/chrome/linux-132.0.1/chrome-linux64/chrome`;
    const both = fsWith([newer, shell], {
      [`${cache}/chrome`]: ["linux-132.0.1"],
      [`${cache}/chrome-headless-shell`]: ["linux-131.0.1"],
    });
    expect(findBrowser({ ...both, env: {} })?.path).toBe(newer);
    expect(
      findBrowser({ ...fsWith(["/opt/bin/chromium", "/opt/bin/chromium-headless-shell"]), env: { PATH: "/opt/bin" } })
        ?.path,
    ).toBe("/opt/bin/chromium-headless-shell");
  });

  it("says so when an explicitly named browser does not exist, rather than printing with another", () => {
    expect(() => findBrowser({ ...fsWith(["/usr/bin/chromium"]), env: { FACTSHEET_BROWSER: "/nope" } })).toThrow(
      /FACTSHEET_BROWSER \(\/nope\) does not exist/,
    );
  });

  it("fails with one sentence and its own exit code when there is none", () => {
    try {
      requireBrowser({ ...fsWith([]), env: { PATH: "/nowhere" } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(ExitCode.noBrowser);
      expect((error as CliError).message).toMatch(/^No Chromium or Chrome found/);
    }
  });
});
