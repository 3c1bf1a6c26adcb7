// What every part of the fast parser shares: the lexer, the tree being built,
// and small helpers to look at the next token and take it as a node.
import { bail } from "./bail.js";
import { Lexer, Tok, type Token } from "./lexer.js";
import { KEYWORD_IDS } from "./node-types.js";
import { TreeBuilder } from "./tree-builder.js";

/** Nesting (expressions in brackets, blocks, `not`/sign chains) past which lezer's stack limits may come near: bail. */
const MAX_NESTING = 150;

/** Where a node starts: its first token and its first child in the buffer. */
export interface Start {
  from: number;
  mark: number;
}

export class Parser {
  readonly tree = new TreeBuilder();
  readonly lex: Lexer;
  private nesting = 0;

  constructor(readonly text: string) {
    this.lex = new Lexer(text, this.tree);
  }

  peek(): Token {
    return this.lex.peek();
  }

  isOp(s: string): boolean {
    const t = this.lex.peek();
    return t.kind === Tok.Op && t.text === s;
  }

  isKw(s: string): boolean {
    const t = this.lex.peek();
    return t.kind === Tok.Name && t.text === s;
  }

  /** The next node starts at the next token (comments before it stay outside). */
  start(): Start {
    const from = this.lex.peek().from;
    return { from, mark: this.tree.mark };
  }

  finish(id: number, s: Start): void {
    this.tree.close(id, s.mark, s.from, this.lex.lastEnd);
  }

  /** Takes the next token as a leaf of type `id`. */
  take(id: number): Token {
    const t = this.lex.next();
    this.tree.leaf(id, t.from, t.to);
    return t;
  }

  /** Takes the next token, which lezer keeps out of the tree. */
  skip(): Token {
    return this.lex.next();
  }

  takeOp(s: string, id: number): void {
    if (!this.isOp(s)) bail();
    this.take(id);
  }

  /** Takes the keyword `s` as its own node. */
  takeKw(s: string): void {
    if (!this.isKw(s)) bail();
    this.take(KEYWORD_IDS.get(s)!);
  }

  /** A name that is no keyword, as the node `id` (VariableName, PropertyName). */
  takeName(id: number): void {
    const t = this.lex.peek();
    if (t.kind !== Tok.Name || KEYWORD_IDS.has(t.text)) bail();
    this.take(id);
  }

  enter(): void {
    if (++this.nesting > MAX_NESTING) bail();
  }

  leave(): void {
    this.nesting--;
  }
}
