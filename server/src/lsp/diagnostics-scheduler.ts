// When diagnostics runs start. A run is synchronous and takes milliseconds on a large document, so
// it must not start while a request the user is waiting for (completion after typing, hover) is
// queued: after an edit the run waits a moment for such a request to arrive, then lets every
// message already received be handled first. Bursts of edits coalesce into one run of the newest
// version (each edit replaces the pending run).
import { Logger, describe } from './analysis';

/**
 * No extra waiting within bursts of edits: an edit inside a list entry is analysed in a few
 * milliseconds, and edits that arrive while a run is busy are coalesced anyway.
 */
export const EDIT_DEBOUNCE_MS = 0;
/** An edit this soon after the previous one counts as part of a burst. */
export const BURST_WINDOW_MS = 150;
/**
 * How long after an edit the run waits for a request that the client sends right behind it. Editors
 * send a completion request just after the didChange that typed its trigger; the two mostly reach
 * the server in one read, sometimes in separate reads a fraction of a millisecond apart. 1 ms is
 * the shortest timer Node has (what the scheduler waited before this existed), so lone edits are
 * analysed as soon as before; 2 ms caught a few more late requests on the shared LSP bench but
 * added about 1 ms to edit -> diagnostics at low load, with no measurable gain in completion latency.
 */
export const REQUEST_GRACE_MS = 1;
/**
 * How many messages that have arrived by the time a run is due are handled before it starts. The
 * JSON-RPC connection handles one received message per event-loop turn (a setImmediate callback),
 * and messages read in the turn the run becomes due are queued behind the run's first yield, so
 * the run yields one turn more than this.
 */
export const QUEUED_MESSAGES_FIRST = 3;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The pending run of each document; a run whose token was replaced or removed does not start. */
  private readonly pending = new Map<string, object>();
  private readonly lastEdit = new Map<string, number>();

  constructor(
    private readonly log: Logger,
    private readonly run: (uri: string) => Promise<void>,
  ) {}

  /** Schedules a run; without `delayMs` (an edit) the delay depends on whether edits are arriving in a burst. */
  schedule(uri: string, delayMs?: number): void {
    if (delayMs === undefined) {
      const now = Date.now();
      const last = this.lastEdit.get(uri);
      const debounce = last !== undefined && now - last < BURST_WINDOW_MS ? EDIT_DEBOUNCE_MS : 0;
      delayMs = Math.max(debounce, REQUEST_GRACE_MS);
      this.lastEdit.set(uri, now);
    }
    this.cancel(uri);
    const token = {};
    this.pending.set(uri, token);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.startAfterQueuedMessages(uri, token, QUEUED_MESSAGES_FIRST + 1);
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
    this.pending.delete(uri);
  }

  /** Is a run of `uri` scheduled and not yet started? */
  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  private startAfterQueuedMessages(uri: string, token: object, turns: number): void {
    if (this.pending.get(uri) !== token) return;
    if (turns > 0) {
      setImmediate(() => this.startAfterQueuedMessages(uri, token, turns - 1));
      return;
    }
    this.pending.delete(uri);
    this.run(uri).catch((err) => this.log(`diagnostics run failed for ${uri}: ${describe(err)}`));
  }
}
