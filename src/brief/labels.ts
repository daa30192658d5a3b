/** Words the brief prints for the fact base's enumerations. */
import type { Stance } from "../factbase/schema.js";

export const STANCE_LABEL: Record<Stance, string> = {
  demands: "Demands",
  wants: "Wants",
  supports: "Supports",
  willing: "Willing",
  refuses: "Refuses",
  opposes: "Opposes",
  warns: "Warns",
  reconsidering: "Reconsidering",
  states: "States",
};
