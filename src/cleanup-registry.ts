/**
 * What an interrupted run must undo at once: temp files being written,
 * browsers running, a server listening. The CLI holds one registry per run
 * and passes it down to the commands; on Ctrl-C or SIGTERM it runs every
 * cleanup, synchronously, before the process ends.
 */
export class CleanupRegistry {
  private readonly cleanups = new Set<{ readonly cleanup: () => void }>();
  private ran = false;

  /**
   * Adds a cleanup; returns the function that takes it back (once the resource is released the
   * ordinary way). A cleanup added after the registry ran runs at once.
   */
  add(cleanup: () => void): () => void {
    if (this.ran) {
      runQuietly(cleanup);
      return () => undefined;
    }
    const entry = { cleanup };
    this.cleanups.add(entry);
    return () => {
      this.cleanups.delete(entry);
    };
  }

  /** Runs every cleanup once, the newest first; one that throws does not stop the others. */
  run(): void {
    this.ran = true;
    const entries = [...this.cleanups].reverse();
    this.cleanups.clear();
    for (const { cleanup } of entries) runQuietly(cleanup);
  }
}

function runQuietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // On the way out: one cleanup failing must not keep the others from running.
  }
}
