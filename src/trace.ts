/**
 * `FACTSHEET_TRACE=1`: each stage of a run, with the milliseconds since the
 * process started, on stderr. For finding where the time goes; off by default.
 */
const on = process.env.FACTSHEET_TRACE === "1";

export const trace = (stage: string): void => {
  if (on) process.stderr.write(`trace ${performance.now().toFixed(0).padStart(6)} ms  ${stage}\n`);
};
