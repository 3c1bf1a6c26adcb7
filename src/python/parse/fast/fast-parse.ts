// A recursive-descent parser for the Python that agent code is written in,
// building the very tree @lezer/python builds for the same text (node types,
// offsets, nesting) at a fraction of its cold cost: lezer's LR loop runs
// interpreted in a short run. On anything it does not reproduce exactly (any
// syntax error, constructs it does not read, very long texts or operator
// chains where lezer's valves fire) it returns undefined, and lezer parses.
// bench/parser-diff.ts compares the two on real repositories.
import { Tree } from "@lezer/common";
import { Bail } from "./bail.js";
import { Id, pythonNodeSet } from "./node-types.js";
import { Parser } from "./parser-core.js";
import { script } from "./statements.js";

/** Longer texts go to lezer: far from its statement-count valve (about 220,000 characters), and rare. */
export const FAST_PARSE_MAX_LENGTH = 150_000;

/** The tree lezer would build for `text`, or undefined where that is not certain. */
export function fastParse(text: string): Tree | undefined {
  // Carriage returns, form feeds and NULs are read apart by lezer's tokenizers: not modelled.
  if (text.length > FAST_PARSE_MAX_LENGTH || /[\r\f\v\0]/.test(text)) return undefined;
  try {
    return fastParseOrBail(text);
  } catch (e) {
    // RangeError: a stack overflow on nesting the counters did not stop.
    if (e instanceof Bail || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** The same, throwing Bail where fastParse returns undefined (bench/parser-diff.ts reads where). */
export function fastParseOrBail(text: string): Tree {
  const p = new Parser(text);
  script(p);
  return Tree.build({ buffer: p.tree.buffer, nodeSet: pythonNodeSet, topID: Id.Script, length: text.length });
}
