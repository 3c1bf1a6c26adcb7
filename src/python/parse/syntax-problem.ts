// The first syntax error of a parsed Python text, as CPython would name it:
// lezer's error nodes, a Python 2 `print "x"` (lezer's grammar accepts it,
// Python 3 does not) and a single-quoted string cut by the end of its line
// (lezer ends the token there without an error node). One problem per file:
// after the first error the rest of a file is recovered guesswork.
import type { SyntaxNode, Tree } from "@lezer/common";
import { TreeBuffer } from "@lezer/common";
import { parser } from "@lezer/python";
import { lezerParse } from "./lezer-parse.js";

export interface SyntaxProblem {
  /** Offsets in the parsed text. */
  from: number;
  to: number;
  message: string;
}

const types = parser.nodeSet.types;
const PRINT = types.find((t) => t.name === "PrintStatement")!.id;
const STRING = types.find((t) => t.name === "String")!.id;
const ERROR = types.find((t) => t.isError)!.id;

const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** An error past a lezer valve is confirmed by parsing again from the top-level statement before it. */
const CONFIRM_WINDOW = 20_000;
const MAX_CANDIDATES = 4;

/** `valveAt`: where lezer forced a reduction (lezer-parse.ts); errors from there on need confirming. */
export function firstSyntaxProblem(text: string, tree: Tree, valveAt: number): SyntaxProblem | undefined {
  const candidates = candidateOffsets(text, tree);
  for (const from of candidates.slice(0, MAX_CANDIDATES)) {
    if (from >= valveAt && !recursInWindow(text, from)) continue;
    if (inGrammarGap(text, tree, from)) return undefined;
    // Python's tokenizer ends every file with a NEWLINE, whatever its last line holds; lezer does not, and trips
    // on a last line of spaces. An error at the end of such a file is judged on the text as Python reads it.
    if (atEnd(text, from) && !text.endsWith("\n")) {
      const again = lezerParse(`${text}\n`);
      return firstSyntaxProblem(`${text}\n`, again.tree, again.valveAt ?? Infinity);
    }
    return describe(text, tree, from);
  }
  return undefined;
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

function recursInWindow(text: string, from: number): boolean {
  let start = text.lastIndexOf("\n", Math.max(0, from - 1));
  // Back to a line that starts a top-level statement (not indented, not a comment).
  while (start > 0) {
    const c = text[start + 1];
    if (c !== undefined && c !== " " && c !== "\t" && c !== "#" && c !== "\n" && c !== "\r" && c !== ")" && c !== "]" && c !== "}") break;
    start = text.lastIndexOf("\n", start - 1);
  }
  start = Math.max(0, start + 1);
  const end = Math.min(text.length, from + CONFIRM_WINDOW);
  const window = text.slice(start, end);
  const again = lezerParse(window);
  // A window that trips a valve before the error (a chain too long for lezer) confirms nothing.
  if (again.valveAt !== undefined && again.valveAt + start <= from) return false;
  return candidateOffsets(window, again.tree).some((o) => o + start === from && (end === text.length || o + start < end - 1));
}

function describe(text: string, tree: Tree, from: number): SyntaxProblem {
  // At the end of the text, the node that ends there (an unterminated string) holds the error.
  let node = tree.resolveInner(from, 1);
  if (!node.parent && from > 0) node = tree.resolveInner(from, -1);
  if (node.type.id === PRINT || node.parent?.type.id === PRINT) {
    const stmt = node.type.id === PRINT ? node : node.parent!;
    return { from: stmt.from, to: stmt.to, message: 'syntax error: a Python 2 print statement; Python 3 needs print(...)' };
  }
  const str = enclosing(node, (n) => n.type.id === STRING);
  if (str) {
    const triple = /^[rRuUbBfF]*("""|''')/.test(text.slice(str.from, str.from + 6));
    return { from: str.from, to: str.from + 1, message: triple ? "syntax error: unterminated triple-quoted string literal" : "syntax error: unterminated string literal" };
  }
  if (atEnd(text, from)) {
    const open = unclosedBracket(text, node);
    if (open) return { from: open.from, to: open.to, message: `syntax error: "${text[open.from]}" is never closed` };
    return { from, to: from, message: "syntax error: the file ends inside an unfinished statement" };
  }
  const token = /^[^\s]{1,20}/.exec(text.slice(from, from + 20))?.[0] ?? "";
  return { from, to: from + token.length, message: token ? `syntax error: invalid syntax at ${JSON.stringify(token)}` : "syntax error: invalid syntax" };
}

/**
 * Python that runs but lezer's grammar does not take: a with-statement's
 * parenthesized items or targets (`with (A() as a, B() as b):`, Python 3.10;
 * `with f() as (a, b):`) and a bare `yield` statement (FastAPI lifespans, pytest
 * fixtures), both seen on real repositories. Checked against lezer 1.1:
 * `except*`, `match`, PEP 695 generics and PEP 701 f-strings do parse.
 * An error there says nothing about the file, and the rest is left unjudged.
 */
function inGrammarGap(text: string, tree: Tree, from: number): boolean {
  // The error node may sit just after the statement it belongs to (a bare `yield` at the end of a line): look both ways.
  const gap = (n: SyntaxNode): boolean => n.name === "WithStatement" || (n.name === "YieldStatement" && text.slice(n.from, n.to).trim() === "yield");
  return enclosing(tree.resolveInner(from, 1), gap) !== undefined || enclosing(tree.resolveInner(from, -1), gap) !== undefined;
}

function enclosing(node: SyntaxNode, test: (n: SyntaxNode) => boolean): SyntaxNode | undefined {
  for (let n: SyntaxNode | null = node; n; n = n.parent) if (test(n)) return n;
  return undefined;
}

function atEnd(text: string, from: number): boolean {
  return text.slice(from).trim() === "";
}

/** The innermost ancestor that opens a bracket and never closes it (what CPython names at the end of a file). */
function unclosedBracket(text: string, node: SyntaxNode): SyntaxNode | undefined {
  for (let n: SyntaxNode | null = node; n; n = n.parent) {
    const first = n.firstChild;
    if (!first) continue;
    const closer = CLOSERS[text.slice(first.from, first.to)];
    if (closer === undefined) continue;
    let last = n.lastChild;
    while (last && last.type.isError) last = last.prevSibling;
    if (!last || last === first || text.slice(last.from, last.to) !== closer) return first;
  }
  return undefined;
}
