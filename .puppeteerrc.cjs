/**
 * Puppeteer configuration for factsheet.
 * The browser is never downloaded: factsheet uses a Chromium already on the
 * machine (Debian's `chromium`, installed by `npm install` when missing).
 * See src/print/find-browser.ts for the search order.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
