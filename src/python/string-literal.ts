// Python string literal text → value. Handles prefixes (r, u, b, f and their
// mixes), the four quote styles and escapes; bytes are not strings to us.

export interface StringLiteral {
  /** undefined for bytes literals. */
  value: string | undefined;
  /** Offsets of the content (between the quotes) within the literal text. */
  contentStart: number;
  contentEnd: number;
  /** The content text reads exactly the value (no escapes): safe to edit in place. */
  verbatim: boolean;
  isFormat: boolean;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\n": "",
};

export function parseStringLiteral(text: string): StringLiteral {
  let i = 0;
  while (i < text.length && /[rRuUbBfF]/.test(text[i]!)) i++;
  const prefix = text.slice(0, i).toLowerCase();
  const triple = text.startsWith('"""', i) || text.startsWith("'''", i);
  const quoteLen = triple ? 3 : 1;
  const contentStart = Math.min(text.length, i + quoteLen);
  const quote = text.slice(i, contentStart);
  // An unterminated literal (recovered parse) runs to the end of the text.
  const contentEnd = text.length - quoteLen >= contentStart && text.endsWith(quote) ? text.length - quoteLen : text.length;
  const raw = text.slice(contentStart, contentEnd);
  const isFormat = prefix.includes("f");
  if (prefix.includes("b")) return { value: undefined, contentStart, contentEnd, verbatim: false, isFormat };
  const value = prefix.includes("r") ? raw : decodeEscapes(raw);
  return { value, contentStart, contentEnd, verbatim: value === raw, isFormat };
}

/** Decodes backslash escapes of a non-raw string's content. Unknown escapes stay as written (as Python does). */
export function decodeEscapes(raw: string): string {
  if (!raw.includes("\\")) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== "\\" || i + 1 >= raw.length) {
      out += ch;
      continue;
    }
    const next = raw[i + 1]!;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i++;
    } else if (next === "\r") {
      i += raw[i + 2] === "\n" ? 2 : 1;
    } else if (next === "x" || next === "u" || next === "U") {
      const len = next === "x" ? 2 : next === "u" ? 4 : 8;
      const hex = raw.slice(i + 2, i + 2 + len);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? Number.parseInt(hex, 16) : NaN;
      if (Number.isNaN(code) || code > 0x10ffff) out += ch;
      else {
        out += String.fromCodePoint(code);
        i += 1 + len;
      }
    } else if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(raw.slice(i + 1))![0];
      out += String.fromCharCode(Number.parseInt(oct, 8));
      i += oct.length;
    } else {
      // \N{NAME} and unknown escapes: kept literally; a name containing one is not ours to judge.
      out += ch;
    }
  }
  return out;
}
