// The CLI's only contact with process: argv, cwd, stdout/stderr, exit code.
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { UserError } from "../errors.js";
import { isParseWorker, runParseWorker } from "../python/parse-worker.js";
import { VERSION } from "../version.js";
import { parseCommand } from "./args.js";
import { rulesList } from "./run-rules-list.js";
import { rulePage } from "./rule-page.js";
import { detectTerminal } from "./terminal.js";
import { runLint, type CliIO } from "./run-lint.js";

async function main(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseCommand(argv);
  switch (cmd.command) {
    case "help":
      io.stdout(cmd.text);
      return 0;
    case "version":
      io.stdout(`${VERSION}\n`);
      return 0;
    case "rules":
      io.stdout(cmd.id === undefined ? rulesList(cmd.format) : rulePage(cmd.id, io.docsDir, detectTerminal(cmd.color, io.env, io.isTTY).color));
      return 0;
    case "lint":
      return runLint(cmd, io);
    case "emulator": {
      // Loaded on demand: a lint run never pays for the emulator (or zod).
      const { emulatorCommand } = await import("../emulator/command.js");
      const line = (write: (s: string) => void) => (s: string) => write(s.endsWith("\n") ? s : `${s}\n`);
      return emulatorCommand(cmd.args, { stdout: line(io.stdout), stderr: line(io.stderr) });
    }
  }
}

const io: CliIO = {
  cwd: process.cwd(),
  // This same script, started as a worker thread, parses Python (see the guard below).
  parseWorkers: { script: process.argv[1]!, threads: availableParallelism() },
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  // The bundle is dist/cli/index.js; the rule pages ship beside it in rules/ (package.json files).
  docsDir: path.resolve(path.dirname(realpathSync(process.argv[1]!)), "../../rules"),
  now: () => new Date(),
};

if (isParseWorker()) await runParseWorker();
else runMain();

function runMain(): void {
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
}
