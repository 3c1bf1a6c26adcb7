// The job summary file ($GITHUB_STEP_SUMMARY): sections are appended, and a
// deploy's live state is a tail rewritten at each change, so that whenever the
// step ends (even killed) the summary holds the last state, never a stack of them.

import { statSync, truncateSync } from "node:fs";
import { writeReportFile, type WriteResult } from "./safe-write.js";

export class SummaryFile {
  /** File size before the live tail, when one is written. */
  private tailFrom: number | undefined;

  constructor(private readonly file: string) {}

  append(markdown: string): WriteResult {
    const dropped = this.dropTail();
    return dropped.ok ? writeReportFile(this.file, markdown, "append") : dropped;
  }

  setTail(markdown: string): WriteResult {
    const dropped = this.dropTail();
    if (!dropped.ok) return dropped;
    let from = 0; // not there yet: the append creates it
    try {
      const st = statSync(this.file);
      if (!st.isFile()) return writeReportFile(this.file, markdown, "append"); // refused there, with its reason
      from = st.size;
    } catch {
      // keep 0
    }
    const written = writeReportFile(this.file, markdown, "append");
    if (written.ok) this.tailFrom = from;
    return written;
  }

  private dropTail(): WriteResult {
    if (this.tailFrom === undefined) return { ok: true };
    try {
      truncateSync(this.file, this.tailFrom);
      this.tailFrom = undefined;
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: (err as NodeJS.ErrnoException).code ?? String(err) };
    }
  }
}
