// Python text → a tree that cannot crash or run away, plus the one problem to
// report: brackets nested deeper than Python allows, the first syntax error, or
// a parse stopped by its budget. Whatever parsed is still analysed. The fast
// parser builds lezer's tree for most code; lezer parses the rest.
import { Tree } from "@lezer/common";
import { fastParse } from "./fast/fast-parse.js";
import { Id, pythonNodeSet } from "./fast/node-types.js";
import { lezer, loadLezer } from "./lezer-load.js";
import { MAX_BRACKET_DEPTH, tooDeepBracket } from "./bracket-depth.js";
import { firstSyntaxProblem, type SyntaxProblem } from "./syntax-problem.js";

export interface ParsedPython {
  tree: Tree;
  problem?: SyntaxProblem;
}

/** Parses `text`: the fast parser, or lezer (loaded first if need be). */
export async function parsePython(text: string): Promise<ParsedPython> {
  const fast = fastParse(text);
  if (fast) return fastParsed(text, fast);
  await loadLezer();
  return lezerParsed(text);
}

/**
 * A fast tree is lezer's own tree with no valve fired (the fast parser bails first). It also
 * bails on every text where the syntax check finds a problem (CPython's tokenizer errors, the
 * block shapes lezer takes silently), so a tree over the whole text skips that check, a
 * tenth of a large run's CPU; bench/parser-diff.ts confirms it on the devset and its edits.
 */
export function fastParsed(text: string, tree: Tree): ParsedPython {
  return tree.length === text.length ? { tree } : { tree, ...problemOf(text, tree, Infinity) };
}

/** lezer's parse, stopping before a too-deep bracket and when the step budget runs out; lezer must be loaded. */
function lezerParsed(text: string): ParsedPython {
  const deep = tooDeepBracket(text);
  const end = deep ?? text.length;
  let parsed: ReturnType<ReturnType<typeof lezer>["lezerParse"]>;
  try {
    parsed = lezer().lezerParse(text.slice(0, end));
  } catch (e) {
    // A stack overflow in a construct the pre-scan does not count (deep f-string fields).
    if (!(e instanceof RangeError)) throw e;
    const empty = Tree.build({ buffer: [], nodeSet: pythonNodeSet, topID: Id.Script, length: 0 });
    return { tree: empty, problem: { from: 0, to: 0, message: "the file is nested too deeply to parse; it is not analysed" } };
  }
  return { tree: parsed.tree, ...problemOf(text, parsed.tree, parsed.valveAt ?? Infinity, deep) };
}

/**
 * The problem a parse shows. For a tree a parse worker built, `deep` is found
 * again here, and where lezer's valves fired is unknown (0: every error is
 * confirmed); Infinity: they never fired.
 */
export function problemOf(
  text: string, tree: Tree, valveAt = 0, deep = tree.length < text.length ? tooDeepBracket(text) : undefined,
): { problem?: SyntaxProblem } {
  if (deep !== undefined) {
    return { problem: { from: deep, to: deep + 1, message: `brackets nested more than ${MAX_BRACKET_DEPTH} deep: Python refuses this ("too many nested parentheses"); the rest of the file is not analysed` } };
  }
  const syntax = firstSyntaxProblem(text, tree, valveAt);
  if (syntax) return { problem: syntax };
  if (tree.length < text.length) {
    return { problem: { from: tree.length, to: tree.length, message: "the file is too complex to parse past here; the rest of it is not analysed" } };
  }
  return {};
}
