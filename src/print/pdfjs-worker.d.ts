// pdf.js's worker code, which runs on the main thread in Node (a "fake worker"); the package
// declares no types for it. Only its presence matters: it is handed to pdf.js as it is.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
