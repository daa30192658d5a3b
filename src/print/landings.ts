/**
 * Where things landed in a printed PDF, the one question the contents' page
 * numbers ask of it: each bookmark's page (a tagged print's outline, by
 * title), or each link target's page (any print's named destinations, by the
 * element's id). Types only: the readers are read-landings.ts.
 */

/** A bookmark's title, or a link target's id, and the 1-based page it landed on. */
export interface Landing {
  readonly name: string;
  readonly page: number;
}

/** Bookmarks (in document order, nested ones after their parent) or link targets. */
export type LandingKind = "outline" | "targets";

/** Reads where things landed in a PDF as Chromium prints it. */
export type ReadLandings = (pdf: Uint8Array, kind: LandingKind) => Promise<Landing[]>;
