/** The version of --json's document (schema/report.schema.json), apart so that a run need not load its zod description. */
/** A change that could break a reader of the document makes the next version. */
export const REPORT_VERSION = 1;
