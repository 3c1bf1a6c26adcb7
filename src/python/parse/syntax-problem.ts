// The first syntax error of a parsed Python text, as CPython would name it:
// lezer's error nodes, a Python 2 `print "x"` (lezer's grammar accepts it,
// Python 3 does not) and a single-quoted string cut by the end of its line
// (lezer ends the token there without an error node). One problem per file:
// after the first error the rest of a file is recovered guesswork.
import type { SyntaxNode, Tree } from "@lezer/common";
import { TreeBuffer } from "@lezer/common";
import { pythonNodeSet } from "./fast/node-types.js";
import { lezer } from "./lezer-load.js";
import { tokenizePython, type Tokenized } from "./python-tokens.js";
import { cpythonWording, firstBlockProblem } from "./cpython-wording.js";

export interface SyntaxProblem {
  /** Offsets in the parsed text. */
  from: number;
  to: number;
  message: string;
}

// The ids of @lezer/python (node-types.ts proves them equal), so a fast tree needs no lezer here.
const types = pythonNodeSet.types;
const PRINT = types.find((t) => t.name === "PrintStatement")!.id;
const STRING = types.find((t) => t.name === "String")!.id;
const ERROR = types.find((t) => t.isError)!.id;

/** An error past a lezer valve is confirmed by parsing again from the top-level statement before it. */
const CONFIRM_WINDOW = 20_000;
const MAX_CANDIDATES = 4;

/** `valveAt`: where lezer forced a reduction (lezer-parse.ts); errors from there on need confirming. */
export function firstSyntaxProblem(text: string, tree: Tree, valveAt: number): SyntaxProblem | undefined {
  // CPython tokenizes the whole file after a parser error: a tokenizer error anywhere is what it reports
  // (except after an unexpected indent: CPython reports that at once.)
  const tokens = tokenizePython(text);
  const starts = topLevelStarts(tokens);
  const first = candidateOffsets(text, tree).slice(0, MAX_CANDIDATES).find((from) => from < valveAt || recursInWindow(text, from, starts));
  // An error in the shape of the blocks (lezer takes most of them silently) counts if no error of lezer's is before it.
  const blocks = tokens.unsure ? undefined : firstBlockProblem(text, tokens);
  // lezer may mark the indentation before the token (same line).
  const reached = (p: { from: number } | undefined): boolean =>
    p !== undefined && (first === undefined || p.from <= first || /^[ \t]*$/.test(text.slice(first, p.from)));
  if (blocks?.message === "unexpected indent" && reached(blocks)) return problem(blocks);
  if (tokens.error && !tokens.error.onlyIfReached) return problem(tokens.error);
  const early = [blocks, tokens.error].filter((p) => p !== undefined).sort((a, b) => a.from - b.from)[0];
  if (early && reached(early)) return problem(early);
  if (first === undefined || inGrammarGap(text, tree, first)) return undefined;
  // Python's tokenizer ends every file with a NEWLINE, whatever its last line holds; lezer does not, and trips
  // on a last line of spaces. An error at the end of such a file is judged on the text as Python reads it.
  if (atEnd(text, first) && !text.endsWith("\n")) {
    const again = lezer().lezerParse(`${text}\n`);
    return firstSyntaxProblem(`${text}\n`, again.tree, again.valveAt ?? Infinity);
  }
  return describe(text, tree, first, tokens);
}

function problem(p: { from: number; to: number; message: string }): SyntaxProblem {
  return { from: p.from, to: p.to, message: `syntax error: ${p.message}` };
}

/**
 * Start offsets of error nodes, print statements and unterminated one-line
 * strings, in order. Reads lezer's node buffers directly: this runs on every
 * file, and a cursor walk over every node cost 6 % of the parse.
 */
function candidateOffsets(text: string, tree: Tree): number[] {
  const out: number[] = [];
  const visit = (t: Tree, offset: number): void => {
    const id = t.type.id;
    if (id === ERROR || id === PRINT || (id === STRING && unterminated(text, offset, offset + t.length))) out.push(offset);
    t.children.forEach((child, i) => {
      const at = offset + t.positions[i]!;
      if (child instanceof TreeBuffer) {
        const b = child.buffer;
        for (let j = 0; j < b.length; j += 4) {
          const cid = b[j]!;
          if (cid === ERROR || cid === PRINT || (cid === STRING && unterminated(text, at + b[j + 1]!, at + b[j + 2]!))) out.push(at + b[j + 1]!);
        }
      } else visit(child, at);
    });
  };
  visit(tree, 0);
  return out.sort((a, b) => a - b);
}

/** A string token that does not end with its own (unescaped) closing quote or quotes. */
function stringUnterminated(text: string, from: number, to: number): boolean {
  let q = from;
  while (q < to && /[rRuUbBfF]/.test(text[q]!)) q++;
  const quote = text[q];
  if (quote !== '"' && quote !== "'") return false;
  if (text[q + 1] !== quote || text[q + 2] !== quote) return unterminated(text, from, to);
  if (to - q < 6 || text.slice(to - 3, to) !== quote.repeat(3)) return true;
  let slashes = 0;
  for (let i = to - 4; i > q + 2 && text[i] === "\\"; i--) slashes++;
  return slashes % 2 === 1;
}

/** A one-line string token that does not end with its own (unescaped) quote. */
function unterminated(text: string, from: number, to: number): boolean {
  let q = from;
  while (q < to && /[rRuUbBfF]/.test(text[q]!)) q++;
  const quote = text[q];
  if (quote !== '"' && quote !== "'") return false;
  if (text[q + 1] === quote && text[q + 2] === quote) return false; // triple: lezer marks those with an error node
  if (to - q < 2 || text[to - 1] !== quote) return true;
  let slashes = 0;
  for (let i = to - 2; i > q && text[i] === "\\"; i--) slashes++;
  return slashes % 2 === 1;
}

/**
 * Where top-level statements start (a logical line's first token at indentation 0), from a sure tokenizer:
 * a line inside a triple-quoted string or an open bracket starts none.
 */
function topLevelStarts(tokens: Tokenized): number[] | undefined {
  if (tokens.unsure) return undefined;
  const out: number[] = [];
  let depth = 0;
  let lineStart = true;
  for (const t of tokens.tokens) {
    if (t.kind === "indent") depth++;
    else if (t.kind === "dedent") depth--;
    else if (t.kind === "newline") lineStart = true;
    else if (lineStart) {
      if (depth === 0) out.push(t.from);
      lineStart = false;
    }
  }
  return out;
}

/** The start of the top-level statement holding `from`: by the tokens when sure, else by the lines' first characters. */
function statementStart(text: string, from: number, starts: readonly number[] | undefined): number {
  if (starts) return starts.findLast((s) => s <= from) ?? 0;
  let start = text.lastIndexOf("\n", Math.max(0, from - 1));
  // Back to a line that starts a top-level statement (not indented, not a comment).
  while (start > 0) {
    const c = text[start + 1];
    if (c !== undefined && c !== " " && c !== "\t" && c !== "#" && c !== "\n" && c !== "\r" && c !== ")" && c !== "]" && c !== "}") break;
    start = text.lastIndexOf("\n", start - 1);
  }
  return Math.max(0, start + 1);
}

function recursInWindow(text: string, from: number, starts: readonly number[] | undefined): boolean {
  const start = statementStart(text, from, starts);
  const end = Math.min(text.length, from + CONFIRM_WINDOW);
  const window = text.slice(start, end);
  const again = lezer().lezerParse(window);
  // A window that trips a valve before the error (a chain too long for lezer) confirms nothing.
  if (again.valveAt !== undefined && again.valveAt + start <= from) return false;
  return candidateOffsets(window, again.tree).some((o) => o + start === from && (end === text.length || o + start < end - 1));
}

function describe(text: string, tree: Tree, from: number, tokens: Tokenized): SyntaxProblem {
  // At the end of the text, the node that ends there (an unterminated string) holds the error.
  let node = tree.resolveInner(from, 1);
  if (!node.parent && from > 0) node = tree.resolveInner(from, -1);
  if (node.type.id === PRINT || node.parent?.type.id === PRINT) {
    const stmt = node.type.id === PRINT ? node : node.parent!;
    return { from: stmt.from, to: stmt.to, message: 'syntax error: a Python 2 print statement; Python 3 needs print(...)' };
  }
  // An error node inside a string token does not make the string unterminated (`{"a": 1 "b": 2}`): only its text does.
  // A sure tokenizer has found every unterminated string already.
  const str = tokens.unsure ? enclosing(node, (n) => n.type.id === STRING) : undefined;
  if (str && stringUnterminated(text, str.from, str.to)) {
    const triple = /^[rRuUbBfF]*("""|''')/.test(text.slice(str.from, str.from + 6));
    return { from: str.from, to: str.from + 1, message: triple ? "syntax error: unterminated triple-quoted string literal" : "syntax error: unterminated string literal" };
  }
  const wording = tokens.unsure ? undefined : cpythonWording(text, tokens, from, atEnd(text, from));
  if (wording) return { from: wording.from, to: wording.to, message: `syntax error: ${wording.message}` };
  // With a sure tokenizer, an end with no open bracket and no block missing is an unfinished statement (`x = 1 +`).
  // Without one, lezer's brackets are not Python's (an f-string field cut short): say no more than "invalid syntax".
  if (atEnd(text, from)) {
    return { from, to: from, message: tokens.unsure ? "syntax error: invalid syntax" : "syntax error: the file ends inside an unfinished statement" };
  }
  const token = /^[^\s]{1,20}/.exec(text.slice(from, from + 20))?.[0] ?? "";
  return { from, to: from + token.length, message: token ? `syntax error: invalid syntax at ${JSON.stringify(token)}` : "syntax error: invalid syntax" };
}

/**
 * Python that runs but lezer's grammar does not take: a with-statement's
 * parenthesized items or targets (`with (A() as a, B() as b):`, Python 3.10;
 * `with f() as (a, b):`), a bare `yield` statement (FastAPI lifespans, pytest
 * fixtures), also with a comment after it (`yield  # pragma: no cover`), a starred
 * target in a comprehension's `for` (`[k for k, *_ in m]`), and an f-string whose
 * backslash stands before a doubled brace (`rf"\{{([^}}]+)\}}"`: lezer reads `\{` as
 * an escape and the lone `{` as a field), all seen on real repositories. Checked against lezer 1.1:
 * `except*`, `match`, PEP 695 generics and PEP 701 f-strings do parse.
 * An error there says nothing about the file, and the rest is left unjudged.
 */
function inGrammarGap(text: string, tree: Tree, from: number): boolean {
  // The error node may sit just after the statement it belongs to (a bare `yield` at the end of a line): look both ways.
  const gap = (n: SyntaxNode): boolean => n.name === "WithStatement" || (n.name === "YieldStatement" && BARE_YIELD.test(text.slice(n.from, n.to)));
  return enclosing(tree.resolveInner(from, 1), gap) !== undefined || enclosing(tree.resolveInner(from, -1), gap) !== undefined
    || starredForTarget(text, tree, from) || escapedBraceFString(text, from);
}

/** `yield`, and nothing after it but a comment (lezer puts the comment inside the statement). */
const BARE_YIELD = /^yield\s*(#.*)?$/;

/** The error's line holds an f-string (any prefix order) and a backslash before a doubled brace. */
function escapedBraceFString(text: string, from: number): boolean {
  const start = text.lastIndexOf("\n", Math.max(0, from - 1)) + 1;
  const end = text.indexOf("\n", from);
  const line = text.slice(start, end < 0 ? text.length : end);
  return /(^|[^\w])([rR]?[fF]|[fF][rR])["']/.test(line) && /\\(\{\{|\}\})/.test(line);
}

/** An error node holding only the `*` of a target between a comprehension's `for` and its `in`. */
function starredForTarget(text: string, tree: Tree, from: number): boolean {
  let error = tree.resolveInner(from, 1);
  if (error.name === "*" && error.parent?.type.isError) error = error.parent;
  if (!error.type.isError || text.slice(error.from, error.to) !== "*" || !error.parent?.name.endsWith("ComprehensionExpression")) return false;
  if (error.nextSibling?.name !== "VariableName") return false;
  for (let n = error.prevSibling; n; n = n.prevSibling) {
    if (n.name === "for") return true;
    if (n.name !== "VariableName" && n.name !== ",") return false;
  }
  return false;
}

function enclosing(node: SyntaxNode, test: (n: SyntaxNode) => boolean): SyntaxNode | undefined {
  for (let n: SyntaxNode | null = node; n; n = n.parent) if (test(n)) return n;
  return undefined;
}

function atEnd(text: string, from: number): boolean {
  return text.slice(from).trim() === "";
}
