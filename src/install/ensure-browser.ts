/**
 * `npm install` step: make sure a browser for PDF output is on the machine.
 * Nothing is downloaded from the internet: where no browser is found on a
 * Debian machine and we are root, Debian's `chromium-headless-shell` (or,
 * where the release lacks it, `chromium`) and `fonts-noto-core` are installed
 * with apt-get; anywhere else this prints how to get a browser.
 * The install succeeds either way (HTML output needs no browser).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findBrowser, NO_BROWSER_MESSAGE } from "../print/find-browser.js";

const say = (line: string): void => {
  process.stdout.write(`factsheet: ${line}\n`);
};

const found = (() => {
  try {
    return findBrowser();
  } catch (error) {
    // An explicit FACTSHEET_BROWSER that does not exist: tell, and carry on looking no further.
    say(error instanceof Error ? error.message : String(error));
    return "explicit" as const;
  }
})();

const apt = (args: string[]): boolean => {
  const result = spawnSync("apt-get", args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
};

if (found === "explicit") {
  // Already said.
} else if (found) {
  say(`browser for PDF output: ${found.path} (${found.from})`);
} else if (process.env.FACTSHEET_SKIP_BROWSER_INSTALL === "1") {
  say("no browser found, and FACTSHEET_SKIP_BROWSER_INSTALL=1: HTML output works; PDF output needs a browser.");
} else if (process.platform === "linux" && existsSync("/etc/debian_version") && process.getuid?.() === 0) {
  say(
    "no browser found for PDF output: installing Debian's chromium-headless-shell and fonts-noto-core with apt-get ...",
  );
  // The headless shell prints the same pages and starts faster than the full browser (find-browser.ts).
  const install = (browser: string) =>
    apt(["-q", "-y", "install", "--no-install-recommends", browser, "fonts-noto-core"]);
  // The package lists are updated once, when the first choice is not found in them.
  const ok = ["chromium-headless-shell", "chromium"].some(
    (browser, i) => install(browser) || (i === 0 && apt(["-q", "update"]) && install(browser)),
  );
  const after = ok ? findBrowser() : undefined;
  if (after) {
    say(`installed: ${after.path}`);
  } else {
    say(`apt-get could not install chromium-headless-shell or chromium. ${NO_BROWSER_MESSAGE}`);
  }
} else {
  say(NO_BROWSER_MESSAGE);
}
