/** Lines of jobs that run side by side come out in job order. */
import { describe, expect, it } from "vitest";
import { type Reporter, reportInOrder } from "../../src/commands/report.js";

describe("reportInOrder", () => {
  it("passes the first unfinished job's lines straight on and holds later jobs' lines until it is done", () => {
    const out: string[] = [];
    const sink: Reporter = { diagnostics: (list) => out.push(`${list.length} diagnostics`), info: (l) => out.push(l) };
    const inOrder = reportInOrder(sink, 3);
    inOrder.job(1).info("b1");
    inOrder.job(2).info("c1");
    inOrder.job(0).info("a1");
    expect(out).toEqual(["a1"]);
    inOrder.done(2);
    inOrder.job(1).diagnostics([]);
    expect(out).toEqual(["a1"]);
    inOrder.done(0);
    expect(out).toEqual(["a1", "b1", "0 diagnostics"]);
    inOrder.job(1).info("b2");
    expect(out).toEqual(["a1", "b1", "0 diagnostics", "b2"]);
    inOrder.done(1);
    expect(out).toEqual(["a1", "b1", "0 diagnostics", "b2", "c1"]);
  });
});
