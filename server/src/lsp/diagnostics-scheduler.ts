// Coalesces bursts of edits: one diagnostics run per document after typing pauses briefly.
import { Logger, describe } from './analysis';

/** Short enough not to be felt, long enough to skip the intermediate versions of a burst of keystrokes. */
export const EDIT_DEBOUNCE_MS = 20;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly log: Logger,
    private readonly run: (uri: string) => Promise<void>,
  ) {}

  schedule(uri: string, delayMs: number = EDIT_DEBOUNCE_MS): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri).catch((err) => this.log(`diagnostics run failed for ${uri}: ${describe(err)}`));
    }, delayMs);
    this.timers.set(uri, timer);
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(uri);
  }
}
