/**
 * `watch --host 0.0.0.0` serves this machine's own addresses (it printed a URL to open, then
 * answered 403 to every other machine), and still refuses a foreign Host name (DNS rebinding).
 */
import { cp } from "node:fs/promises";
import { request } from "node:http";
import { hostname, networkInterfaces } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { servedHostNames, startWatch } from "../../src/commands/watch.js";
import { FIXTURES, tempDirForTest } from "../helpers.js";

/** A GET of / on loopback with the Host header given, as a browser elsewhere would send it. */
const statusFor = (port: number, host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });

const ownAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((entry) => !entry.internal)
    .map((entry) => entry.address.replace(/%.*$/, ""));

describe("watch --host", () => {
  it("answers to loopback only when it listens on loopback", () => {
    const names = servedHostNames("127.0.0.1");
    for (const address of ownAddresses()) expect(names.has(address)).toBe(false);
    expect(names.has("localhost")).toBe(true);
  });

  it("answers to this machine's addresses and name when it listens on every address", () => {
    const names = servedHostNames("0.0.0.0");
    for (const address of ownAddresses()) expect(names.has(address.toLowerCase())).toBe(true);
    expect(names.has(hostname().toLowerCase())).toBe(true);
    expect(names.has("evil.example")).toBe(false);
  });

  it("serves the page to a Host of its own address, and 403 to a foreign name", async () => {
    const dir = await tempDirForTest("watch-host");
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
    const lines: string[] = [];
    const session = await startWatch(
      { file: "harbour.yaml", host: "0.0.0.0", port: 0, pdf: false, outDir: "out", paper: "a4", cwd: dir, env: {} },
      { diagnostics: () => undefined, info: (line) => lines.push(line) },
    );
    try {
      const port = Number(new URL(session.url).port);
      const [own] = ownAddresses().filter((a) => !a.includes(":"));
      if (own !== undefined) {
        expect(await statusFor(port, `${own}:${port}`)).toBe(200);
        expect(lines.join("\n")).toContain(`http://${own}:${port}/`);
      }
      expect(await statusFor(port, `127.0.0.1:${port}`)).toBe(200);
      expect(await statusFor(port, `evil.example:${port}`)).toBe(403);
      expect(session.url).toBe(`http://127.0.0.1:${port}/`);
    } finally {
      await session.close();
    }
  });
});
