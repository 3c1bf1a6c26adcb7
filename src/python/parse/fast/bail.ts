// How the fast parser gives up: one exception type, thrown wherever the text
// leaves what it reproduces exactly, and caught only by fast-parse.ts.
export class Bail extends Error {}

const BAIL = new Bail("not for the fast parser");

/** For bench/parser-diff.ts: a fresh Bail per call, whose stack says where the parser gave up. */
export const bailTrace = { on: false };

/** Gives up on this text (it goes to lezer). Typed `never` so a caller can write `x ?? bail()`. */
export function bail(): never {
  throw bailTrace.on ? new Bail("bail") : BAIL;
}
