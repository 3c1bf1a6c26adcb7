// In-memory fakes for driving runAction without a subprocess: a recording
// ActionIO and a GitHub API over an array of comments.

import type { OutputName } from "../../src/action/constants.js";
import type { GitHubApi, IssueComment, PullSummary } from "../../src/action/github-api.js";
import type { ActionIO, AnnotationProps } from "../../src/action/io.js";

export interface RecordedIO extends ActionIO {
  lines: string[];
  annotations: { level: "notice" | "warning" | "error"; message: string; props: AnnotationProps | undefined }[];
  outputs: Partial<Record<OutputName, string>>;
  secrets: string[];
  summary: string;
  /** The live tail of the summary, as last written (cleared by the next append). */
  summaryTail: string;
}

export function recordingIO(): RecordedIO {
  const io: RecordedIO = {
    lines: [],
    annotations: [],
    outputs: {},
    secrets: [],
    summary: "",
    summaryTail: "",
    info: (l) => void io.lines.push(l),
    notice: (message, props) => void io.annotations.push({ level: "notice", message, props }),
    warning: (message, props) => void io.annotations.push({ level: "warning", message, props }),
    error: (message, props) => void io.annotations.push({ level: "error", message, props }),
    setOutput: (name, value) => void (io.outputs[name] = value),
    setSecret: (s) => void io.secrets.push(s),
    appendSummary: async (md) => {
      io.summaryTail = "";
      io.summary += md;
    },
    setSummaryTail: async (md) => void (io.summaryTail = md),
  };
  return io;
}

export function fakeGitHub(pulls: Record<string, PullSummary[]> = {}): GitHubApi & { comments: { id: number; issue: number; body: string }[] } {
  const comments: { id: number; issue: number; body: string }[] = [];
  let next = 1;
  const view = (c: { id: number; body: string }): IssueComment => ({ id: c.id, body: c.body, user: { login: "github-actions[bot]" } });
  return {
    comments,
    listIssueComments: async (issue) => comments.filter((c) => c.issue === issue).map(view),
    createIssueComment: async (issue, body) => {
      const c = { id: next++, issue, body };
      comments.push(c);
      return view(c);
    },
    updateIssueComment: async (id, body) => {
      const c = comments.find((x) => x.id === id);
      if (!c) throw new Error(`no comment ${id}`);
      c.body = body;
      return view(c);
    },
    deleteIssueComment: async (id) => {
      const i = comments.findIndex((x) => x.id === id);
      if (i >= 0) comments.splice(i, 1);
    },
    pullsForCommit: async (sha) => pulls[sha] ?? [],
    tokenLogin: async () => undefined, // an installation token: GET /user is refused

  };
}
