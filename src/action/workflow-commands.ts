// The part of @actions/core the action uses (log lines, annotations, masks,
// outputs, inputs, failure), written to behave byte for byte as @actions/core
// 3.0.1 does (__tests__/action/workflow-commands.test.ts compares the two).
// Why not the package: its entry imports its OIDC client, which brings
// @actions/http-client and undici (~780 KiB): loading @actions/core alone costs
// about twice a bare `node -e 0`, on every lint run that never asks for a token.
import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";
import type { AnnotationProps } from "./io.js";

type Properties = Record<string, string | number | undefined>;

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * `::name key=value,...::message`, empty property values left out, as @actions/core
 * writes it: a properties object with any key (even one whose values are all empty)
 * puts a space after the name (`::notice ::msg`); the runner reads both alike.
 */
export function commandLine(name: string, properties: Properties, message: string): string {
  const keys = Object.keys(properties);
  const props = Object.entries(properties)
    .filter(([, v]) => Boolean(v)) // @actions/core drops falsy values (so line 0 too)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name}${keys.length ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}

function issue(name: string, properties: Properties, message: string): void {
  process.stdout.write(commandLine(name, properties, message) + EOL);
}

function annotation(p: AnnotationProps): Properties {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function notice(message: string, p: AnnotationProps = {}): void {
  issue("notice", annotation(p), message);
}

export function warning(message: string, p: AnnotationProps = {}): void {
  issue("warning", annotation(p), message);
}

export function error(message: string, p: AnnotationProps = {}): void {
  issue("error", annotation(p), message);
}

export function setSecret(secret: string): void {
  issue("add-mask", {}, secret);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/**
 * A version-4-UUID-shaped random id, as @actions/core puts in its delimiters. From Math.random, not node:crypto:
 * loading node:crypto costs about a third of a bare Node 24 start (valgrind: 90 -> 122 M instructions), and the
 * delimiter need not be secret: a name or value that holds it is refused, so no value can close the block early.
 */
function delimiterId(): string {
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

/** To $GITHUB_OUTPUT in the heredoc form with a random delimiter; the old command without one. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT ?? "";
  if (!file) {
    process.stdout.write(EOL);
    issue("set-output", { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${delimiterId()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: "utf8" });
}
