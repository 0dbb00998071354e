/**
 * The two counters of public_data_version: `public` moves with every change to a table the
 * public reads (but for a new institution, which has no published practice yet), `search` only with a change to what the search index holds (practice_search
 * and the labels of its facets). Strings: bigints, or `unavailable-…` (never equal to
 * another) when the database cannot say.
 */
export interface DataVersions {
  public: string;
  search: string;
}

/**
 * Reads of public_data_version, whose numbers every change to a table the public reads bumps in
 * its own transaction. `fresh()` resolves with a read that started after the call, so whatever
 * a caller serves under that number is never older than a change committed before it asked.
 * Callers that ask together share one read (at most one runs at a time, and the callers that
 * arrive meanwhile wait for the next), so a burst costs a few primary-key reads, not one each.
 */
export class PublicDataVersion {
  /** The read under way, and the one queued to start after it for callers that came later. */
  private running: Promise<DataVersions> | null = null;
  private queued: Promise<DataVersions> | null = null;
  /** Reads made (fewer than callers under concurrent load). */
  reads = 0;

  constructor(public read: () => Promise<DataVersions>) {}

  fresh(): Promise<DataVersions> {
    if (!this.running) {
      this.reads += 1;
      const read = this.read().finally(() => {
        if (this.running === read) this.running = null;
      });
      this.running = read;
      return read;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.fresh();
      });
    return this.queued;
  }
}
