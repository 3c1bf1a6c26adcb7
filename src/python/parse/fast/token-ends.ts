// Where lezer's fixed-shape tokens end: operators, numbers and names, and how a
// string prefix is read. Pure functions of the text, for the lexer.
import { bail } from "./bail.js";

/** Where a string's body starts, and how lezer's `strings` tokenizer reads it. */
export interface StringStart {
  format: boolean;
  raw: boolean;
  long: boolean;
  quote: number;
}

/** String prefixes lezer's grammar takes (stringPrefix, stringPrefixR, stringPrefixF, stringPrefixFR), lower-cased. */
export const PREFIXES = new Map<string, { raw: boolean; format: boolean }>([
  ["", { raw: false, format: false }], ["u", { raw: false, format: false }], ["b", { raw: false, format: false }],
  ["r", { raw: true, format: false }], ["rb", { raw: true, format: false }], ["br", { raw: true, format: false }],
  ["f", { raw: false, format: true }], ["rf", { raw: true, format: true }], ["fr", { raw: true, format: true }],
]);

export function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
export function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * After `digits.`, a float's end (`x = 0.`, `f(2.)`) rather than `1.e5`, `1.j`, `1..real` or `1.x`:
 * @lezer/python reads the first as an attribute access with no name, an error CPython does not make.
 */
function endsTrailingDotFloat(text: string, afterDot: number): boolean {
  const c = text.charCodeAt(afterDot);
  return !(isNameChar(c) || c === 46 || c >= 128);
}

/** The end of lezer's Number token at `p`: the longest of its alternatives. */
export function numberEnd(text: string, p: number): number {
  let e = p;
  const digits = (): void => {
    while (isDigit(text.charCodeAt(e)) || text.charCodeAt(e) === 95) e++;
  };
  if (text.charCodeAt(p) === 46) {
    e = p + 1;
    digits();
  } else {
    digits();
    if (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1))) {
      e++;
      digits();
    } else if (text.charCodeAt(e) === 46 && endsTrailingDotFloat(text, e + 1)) e++; // `0.`: lezer-parse.ts masks it for lezer
  }
  const x = text.charCodeAt(e);
  if (x === 101 || x === 69) {
    let k = e + 1;
    if (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45) k++;
    if (isDigit(text.charCodeAt(k))) {
      e = k;
      digits();
    }
  }
  if (text.charCodeAt(e) === 106 || text.charCodeAt(e) === 74) e++;
  if (text.charCodeAt(p) === 48) {
    const base = text.charCodeAt(p + 1) | 32;
    const re = base === 98 ? /[_01]/ : base === 111 ? /[_0-7]/ : base === 120 ? /[_0-9a-fA-F]/ : undefined;
    if (re) {
      let k = p + 2;
      while (k < text.length && re.test(text[k]!)) k++;
      if (k > p + 2 && k > e) e = k;
    }
  }
  // A number glued to a name or another number (`1if`, `0b12`): lezer splits it, CPython may not. Bail.
  const after = text.charCodeAt(e);
  if (isNameChar(after) || after === 46 || after >= 128) bail();
  return e;
}

/** How the string a start token (its prefix and quotes, `s`) opens is read. */
export function stringStartOf(s: string): StringStart {
  const quote = s.charCodeAt(s.length - 1);
  const long = s.length >= 3 && s.charCodeAt(s.length - 2) === quote && s.charCodeAt(s.length - 3) === quote &&
    PREFIXES.has(s.slice(0, s.length - 3).toLowerCase());
  const prefix = s.slice(0, s.length - (long ? 3 : 1)).toLowerCase();
  const kind = PREFIXES.get(prefix) ?? bail();
  return { format: kind.format, raw: kind.raw, long, quote };
}


const EQ = 61;

/**
 * The length of lezer's longest operator token at a character: `**=` `//=` `>>=`
 * `<<=` `...`, the two-character operators, comparisons and augmented
 * assignments, `->` and `:=`, or one character. Written as a switch: this runs
 * once per token, interpreted, in a short run. A character no token starts with is a bail.
 */
export function operatorLength(c: number, c1: number, c2: number): number {
  switch (c) {
    case 42: // *
    case 47: // /
    case 60: // <
    case 62: // >
      if (c1 === c) return c2 === EQ ? 3 : 2;
      return c1 === EQ || (c === 60 && c1 === 62) ? 2 : 1;
    case 46: // .
      return c1 === 46 && c2 === 46 ? 3 : 1;
    case 45: // -
      return c1 === EQ || c1 === 62 ? 2 : 1;
    case 33: // ! (alone it is no token)
      return c1 === EQ ? 2 : bail();
    case 58: // :
    case EQ:
    case 43: // +
    case 37: // %
    case 38: // &
    case 124: // |
    case 94: // ^
    case 64: // @
      return c1 === EQ ? 2 : 1;
    case 126: // ~
    case 40: case 41: case 91: case 93: case 123: case 125: case 44: case 59: // ( ) [ ] { } , ;
      return 1;
    default:
      return bail();
  }
}
