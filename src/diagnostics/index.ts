export type { Diagnostic, Mismatch, Place, Severity } from "./diagnostic.js";
export { diagnostic } from "./diagnostic.js";
export { type FindingsFormat, formatDiagnostic, formatDiagnosticWith, formatPlace } from "./format-diagnostic.js";
export { formatExcerpt, formatMismatch } from "./format-excerpt.js";
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
export { ANSI, PLAIN, type Style, wantsColour } from "./style.js";
export { didYouMean } from "./suggest.js";
export { TextLines } from "./text-lines.js";
export { type Span, withSpan, yamlSpanAt } from "./yaml-span.js";
