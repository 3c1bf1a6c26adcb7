// The CLI's only contact with process: argv, cwd, stdout/stderr, exit code.
// Each command loads its own code when it runs (`help` and `--version` load no
// rule or lint code, `rules` no lint pipeline), so start-up compiles only that.
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { UserError } from "../errors.js";
import { VERSION } from "../version.js";
import { parseCommand } from "./args.js";
import type { CliIO } from "./run-lint.js";

async function main(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseCommand(argv);
  switch (cmd.command) {
    case "help":
      io.stdout(cmd.text);
      return 0;
    case "version":
      io.stdout(`${VERSION}\n`);
      return 0;
    case "rules": {
      if (cmd.id === undefined) {
        const { rulesList } = await import("./run-rules-list.js");
        io.stdout(rulesList(cmd.format));
      } else {
        const [{ rulePage }, { detectTerminal }] = await Promise.all([import("./rule-page.js"), import("./terminal.js")]);
        io.stdout(rulePage(cmd.id, io.docsDir, detectTerminal(cmd.color, io.env, io.isTTY).color));
      }
      return 0;
    }
    case "lint": {
      const { runLint } = await import("./run-lint.js");
      const threads = availableParallelism();
      return runLint(cmd, { ...io, parseWorkers: { script: workerScript("parse-worker"), threads }, unitWorkers: { script: workerScript("unit-worker"), threads } });
    }
    case "workspace": {
      const { runWorkspace } = await import("./run-workspace.js");
      return runWorkspace(cmd.workspace, io, interruptSignal(io));
    }
    case "emulator": {
      // Loaded on demand: a lint run never pays for the emulator (or zod).
      const { emulatorCommand } = await import("../emulator/command.js");
      const line = (write: (s: string) => void) => (s: string) => write(s.endsWith("\n") ? s : `${s}\n`);
      return emulatorCommand(cmd.args, { stdout: line(io.stdout), stderr: line(io.stderr) });
    }
  }
}

/**
 * Ctrl-C (or SIGTERM from a CI runner) aborts the signal once: a deploy cancels its
 * job run while it runs and reports what is true. A second one exits at once, and
 * so does the process if the first has not ended it within 7.5 s.
 */
function interruptSignal(io: CliIO): AbortSignal {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr(`serving-ci: ${name}: stopping (again to quit at once)\n`);
    controller.abort(new Error(`interrupted by ${name}`));
    setTimeout(() => process.exit(130), 7_500).unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return controller.signal;
}

/** The directory of this bundle, through the real path, as npm's bin link is a symlink. */
function bundleDir(): string {
  return path.dirname(realpathSync(process.argv[1]!));
}

/** A worker's bundle (parse-worker, unit-worker), beside this one (build.mjs). */
function workerScript(name: string): string {
  return path.join(bundleDir(), name, "index.js");
}

/**
 * Writes to a stream until its reader goes: `serving-ci lint | head` closes the pipe early, and the rest of
 * the report has no one to read it, which is no error of ours (Node would throw EPIPE with a stack trace).
 */
function writerTo(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
    closed = true;
  });
  return (s) => {
    if (!closed) stream.write(s);
  };
}

const io: CliIO = {
  cwd: process.cwd(),
  stdout: writerTo(process.stdout),
  stderr: writerTo(process.stderr),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  // The bundle is dist/cli/index.js; the rule pages ship beside it in rules/ (package.json files).
  docsDir: path.resolve(bundleDir(), "../../rules"),
  now: () => new Date(),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UserError) process.stderr.write(`serving-ci: ${e.message}\n`);
    else process.stderr.write(`serving-ci: internal error (a bug, please report it)\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = e instanceof UserError ? e.exitCode : 2;
  },
);
