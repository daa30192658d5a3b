export type { Diagnostic, Place, Severity } from "./diagnostic.js";
export { diagnostic } from "./diagnostic.js";
export { formatDiagnostic, formatPlace } from "./format-diagnostic.js";
export { type FindingsLayout, formatFindings, groupFindings, PLACES_SHOWN } from "./format-findings.js";
export {
  isSettableRule,
  LEVELS,
  type Level,
  type RuleDescription,
  SETTABLE_RULE_NAMES,
  SETTABLE_RULES,
  type SettableRule,
  VERIFICATION_RULES,
} from "./rules.js";
export { countErrors, sortDiagnostics } from "./sort-diagnostics.js";
export { didYouMean } from "./suggest.js";
