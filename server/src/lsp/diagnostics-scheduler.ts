// Coalesces bursts of edits: a lone edit is analysed at once; while edits keep arriving
// (typing), one run per document happens after they pause briefly.
import { Logger, describe } from './analysis';

/**
 * No waiting: an edit inside a list entry is analysed in a few milliseconds, and edits that
 * arrive while a run is busy are coalesced anyway (the timer is replaced, the newest version runs).
 */
export const EDIT_DEBOUNCE_MS = 0;
/** An edit this soon after the previous one counts as part of a burst. */
export const BURST_WINDOW_MS = 150;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastEdit = new Map<string, number>();

  constructor(
    private readonly log: Logger,
    private readonly run: (uri: string) => Promise<void>,
  ) {}

  /** Schedules a run; without `delayMs` the delay depends on whether edits are arriving in a burst. */
  schedule(uri: string, delayMs?: number): void {
    if (delayMs === undefined) {
      const now = Date.now();
      const last = this.lastEdit.get(uri);
      delayMs = last !== undefined && now - last < BURST_WINDOW_MS ? EDIT_DEBOUNCE_MS : 0;
      this.lastEdit.set(uri, now);
    }
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri).catch((err) => this.log(`diagnostics run failed for ${uri}: ${describe(err)}`));
    }, delayMs);
    this.timers.set(uri, timer);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.cancel(uri);
    this.lastEdit.delete(uri);
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(uri);
  }
}
