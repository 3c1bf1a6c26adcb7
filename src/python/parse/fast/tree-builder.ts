// The flat post-order buffer Tree.build takes ([type, from, to, size] per node),
// written as the parser goes. A node spans its first to its last real token;
// comments read ahead of a node's end are moved after it, as lezer's Stack does
// (storeNode's "mustSink"), so each lands in the innermost node around it.
import { Id } from "./node-types.js";
import { bail } from "./bail.js";

/**
 * lezer counts reductions of 2,000 characters or more with one start and forces
 * one past 300 (valves in lezer-parse.ts). Measured: a long left-associative chain
 * counts once per node, a statement list once per blank or comment-only line in it.
 * Counted here per start, never reset (lezer resets), from 1,500 characters: an
 * overestimate, so the parser bails before lezer's valve can fire.
 */
const BIG_REDUCTION = 1500;
const MAX_BIG_REDUCTIONS = 200;

export class TreeBuilder {
  readonly buffer: number[] = [];
  private readonly bigCounts = new Map<number, number>();
  /** The first statement of each open statement list (the Script's, each Body's). */
  private readonly lists: number[] = [];

  /** A node without children. */
  leaf(id: number, from: number, to: number): void {
    this.buffer.push(id, from, to, 4);
  }

  comment(from: number, to: number): void {
    this.buffer.push(Id.Comment, from, to, 4);
  }

  /** Where the next node's children start. */
  get mark(): number {
    return this.buffer.length;
  }

  /** Closes the node whose children start at `mark`, spanning from..to. */
  close(id: number, mark: number, from: number, to: number): void {
    const b = this.buffer;
    let end = b.length;
    // Comments past the node's end were read ahead: they belong after it.
    while (end > mark && b[end - 3]! >= to && b[end - 4] === Id.Comment) end -= 4;
    // Comments before its first token were read before the node was known to start here.
    while (mark < end && b[mark + 2]! <= from && b[mark] === Id.Comment && b[mark + 3] === 4) mark += 4;
    const size = end - mark + 4;
    if (end === b.length) b.push(id, from, to, size);
    else b.splice(end, 0, id, from, to, size);
    if (to - from >= BIG_REDUCTION) this.countBig(from);
  }

  openList(from: number): void {
    this.lists.push(from);
  }

  closeList(): void {
    this.lists.pop();
  }

  /** A blank or comment-only line skipped at `at`: lezer counts it for the statement list around it. */
  blankLine(at: number): void {
    const list = this.lists[this.lists.length - 1];
    if (list !== undefined && at - list >= BIG_REDUCTION) this.countBig(list);
  }

  private countBig(from: number): void {
    const n = (this.bigCounts.get(from) ?? 0) + 1;
    if (n > MAX_BIG_REDUCTIONS) bail();
    this.bigCounts.set(from, n);
  }
}
