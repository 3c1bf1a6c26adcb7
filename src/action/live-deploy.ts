// While one endpoint deploys, its live status goes everywhere a user looks:
// a log line at each phase change, the outputs (outcome `unknown` until the
// end), the job summary's tail, and the PR comment (throttled, LiveComment).

import type { Clock } from "../databricks/index.js";
import type { DeployReport } from "../deploy/deploy.js";
import { describeStatus, type DeployStatus, type StatusListener } from "../deploy/deploy-status.js";
import { formatDuration } from "../deploy/duration.js";
import { LiveComment } from "./comment/live-comment.js";
import type { ActionIO } from "./io.js";
import { setLiveOutputs } from "./outputs.js";

export interface LiveReportOptions {
  io: ActionIO;
  clock: Clock;
  /** The deploys of this run that already ended (their outputs stay). */
  ended: readonly DeployReport[];
  /** Renders and publishes the comment for a status at a time; undefined: no comment. */
  comment: ((status: DeployStatus, now: number) => Promise<void>) | undefined;
  summary: (status: DeployStatus, now: number) => string;
}

export interface LiveReport {
  onStatus: StatusListener;
  /** Ends the live edits; resolves when none is in flight (the final report comes next). */
  close(): Promise<void>;
}

export function startLiveReport(o: LiveReportOptions): LiveReport {
  const comment = o.comment ? new LiveComment({ clock: o.clock, send: o.comment }) : undefined;
  let writes: Promise<void> = Promise.resolve();
  return {
    onStatus: (s, phaseChanged) => {
      if (phaseChanged) o.io.info(`[${formatDuration(s.at - s.startedAt)}] ${s.endpoint}: now ${describeStatus(s)}${s.runUrl && s.phase.startsWith("job") ? ` (${s.runUrl})` : ""}`);
      setLiveOutputs(o.io, o.ended, s);
      // In order, and never after close(): the final summary replaces this tail.
      writes = writes.then(() => o.io.setSummaryTail(o.summary(s, s.at)));
      comment?.update(s, phaseChanged);
    },
    close: async () => {
      await comment?.close();
      await writes;
    },
  };
}
