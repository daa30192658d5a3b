export type { Diagnostic, Place, Severity } from "./diagnostic.js";
export { diagnostic } from "./diagnostic.js";
export { formatDiagnostic } from "./format-diagnostic.js";
export { countErrors, sortDiagnostics } from "./sort-diagnostics.js";
export { didYouMean } from "./suggest.js";
