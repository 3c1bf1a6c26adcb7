// @lezer/python, loaded only when a text needs it: the fast parser takes most
// Python, and decoding lezer's parse tables costs a cold run about 25 ms of CPU.
// Callers load it (async) when fastParse bails; what reads it later is sync.
import type * as LezerParse from "./lezer-parse.js";

let loaded: typeof LezerParse | undefined;

export async function loadLezer(): Promise<void> {
  loaded ??= await import("./lezer-parse.js");
}

/** The loaded module; using it before loadLezer() is a bug in the caller, not the user's input. */
export function lezer(): typeof LezerParse {
  if (!loaded) throw new Error("internal error: @lezer/python used before loadLezer()");
  return loaded;
}
