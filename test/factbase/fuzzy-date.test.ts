import { describe, expect, it } from "vitest";
import { compareDates, dateRange, formatDate } from "../../src/factbase/fuzzy-date.js";

describe("fuzzy dates", () => {
  it("know their range, precision and approximation", () => {
    expect(dateRange("2024-02")).toEqual({
      start: "2024-02-01",
      end: "2024-02-29",
      precision: "month",
      approximate: false,
    });
    expect(dateRange("2023-10-15~")).toEqual({
      start: "2023-10-15",
      end: "2023-10-15",
      precision: "day",
      approximate: true,
    });
  });

  it("print coarse dates coarsely and approximate dates as approximate", () => {
    expect(formatDate("2023-10-07")).toBe("7 October 2023");
    expect(formatDate("2024-08")).toBe("August 2024");
    expect(formatDate("2023-10-15~")).toBe("c. 15 October 2023");
    expect(formatDate("2024")).toBe("2024");
  });

  it("sort a month among its days at its middle, not before its first day", () => {
    const dates = ["2023-10-26", "2023-10", "2023-10-07", "2023-11", "2023"];
    expect([...dates].sort(compareDates)).toEqual(["2023", "2023-10-07", "2023-10", "2023-10-26", "2023-11"]);
  });
});
