// One lezer parse with a step budget, telling where lezer's own safety valves
// fired. lezer forces a production closed after 300 big left-associative
// reductions (long `a + b + ...` chains, or a Script of thousands of statements,
// about every 220,000 characters) and cuts a stack deeper than 8,400 (long
// `not not ...` or lambda chains); both leave error nodes in valid code. No API
// says so, so the parse's fields are read through a narrow view (@lezer/lr 1.4);
// if they are absent, the valves are taken to have fired at 0, so nothing is
// reported from lezer's errors that cannot be trusted.
import type { PartialParse, Tree } from "@lezer/common";
import { parser } from "@lezer/python";

/**
 * Parser steps per character before a parse is cut short. Valid code takes about
 * 0.4 (measured on bench/python-scaling.mjs files), code full of syntax errors
 * about the same; the budget only stops lezer's error recovery if it runs away.
 */
const STEPS_PER_CHAR = 4;
const MIN_STEPS = 100_000;
/** lezer's Rec.MaxLeftAssociativeReductionCount and Rec.CutDepth, with a margin for the depth. */
const BIG_REDUCTIONS = 300;
const NEAR_CUT_DEPTH = 8000;

export interface LezerParse {
  tree: Tree;
  /** The first offset where lezer forced a reduction: its error nodes from here on may be artefacts. */
  valveAt?: number;
}

interface ParseInternals {
  bigReductionCount: number;
  stacks: { pos: number; stack: number[] }[];
}

function internals(parse: PartialParse): ParseInternals | undefined {
  const p = parse as unknown as Partial<ParseInternals>;
  return typeof p.bigReductionCount === "number" && Array.isArray(p.stacks) ? (p as ParseInternals) : undefined;
}

/**
 * `text` with each trailing-dot float's dot (`0.`, `2.`) read as a digit, same length: @lezer/python
 * takes `0.` for an attribute access with its name missing, a syntax error CPython does not make.
 * Only lezer reads the copy; every span and value comes from the text itself. Inside a string or
 * comment the swap changes nothing lezer tokenizes.
 */
export function maskTrailingDotFloats(text: string): string {
  return text.includes(".") ? text.replace(/(?<![\w.])(\d[\d_]*)\.(?![\w.\u0080-\uffff])/g, (_, digits: string) => `${digits}0`) : text;
}

export function lezerParse(text: string): LezerParse {
  const parse = parser.startParse(maskTrailingDotFloats(text));
  const view = internals(parse);
  let valveAt: number | undefined = view ? undefined : 0;
  let budget = Math.max(MIN_STEPS, STEPS_PER_CHAR * text.length);
  for (;;) {
    if (view && valveAt === undefined) {
      const stacks = view.stacks;
      if (view.bigReductionCount > BIG_REDUCTIONS && stacks.length === 1) valveAt = stacks[0]!.pos;
      else for (const s of stacks) if (s.stack.length >= NEAR_CUT_DEPTH) valveAt = s.pos;
    }
    const tree = parse.advance();
    if (tree) return valveAt === undefined ? { tree } : { tree, valveAt };
    if (--budget === 0) parse.stopAt(parse.parsedPos);
  }
}
