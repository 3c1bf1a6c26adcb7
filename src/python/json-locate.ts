// A strict JSON parser that keeps each value's offsets, so notebook cells can be
// mapped back to the .ipynb file. JSON.parse gives values but no positions.

export type JNode =
  | { kind: "object"; entries: Map<string, JNode>; start: number; end: number }
  | { kind: "array"; items: JNode[]; start: number; end: number }
  | { kind: "string"; value: string; start: number; end: number }
  | { kind: "scalar"; value: number | boolean | null; start: number; end: number };

export type JsonResult = { ok: true; root: JNode } | { ok: false; offset: number; message: string };

/** Deeper nesting than this is refused rather than risking the stack. */
const MAX_DEPTH = 256;

class JsonError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

export function parseJsonWithPositions(text: string): JsonResult {
  const p = new Parser(text);
  try {
    p.ws();
    const root = p.value(0);
    p.ws();
    if (p.i < text.length) throw new JsonError(p.i, "unexpected text after the JSON value");
    return { ok: true, root };
  } catch (e) {
    if (e instanceof JsonError) return { ok: false, offset: e.offset, message: e.message };
    throw e;
  }
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * Decodes the JSON string token at `start` (its opening quote). `onEscape(decodedIndex, rawOffset, rawLength)`
 * is told where each escape sits, for position maps. Returns the value and the offset after the closing quote.
 */
export function scanJsonString(
  text: string,
  start: number,
  onEscape?: (decodedIndex: number, rawOffset: number, rawLength: number) => void,
): { value: string; end: number } {
  let out = "";
  let chunk = start + 1;
  let nextQuote = -1;
  let nextSlash = -1;
  let j = chunk;
  for (;;) {
    if (nextQuote < j) nextQuote = text.indexOf('"', j);
    if (nextSlash !== -2 && nextSlash < j) nextSlash = text.indexOf("\\", j);
    if (nextSlash === -1) nextSlash = -2; // none left: stop searching
    if (nextQuote === -1) throw new JsonError(start, "unterminated string");
    if (nextSlash >= 0 && nextSlash < nextQuote) {
      out += text.slice(chunk, nextSlash);
      const ch = text[nextSlash + 1];
      let decoded: string;
      let len = 2;
      if (ch !== undefined && ch in ESCAPES) decoded = ESCAPES[ch]!;
      else if (ch === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(nextSlash + 2, nextSlash + 6))) {
        decoded = String.fromCharCode(Number.parseInt(text.slice(nextSlash + 2, nextSlash + 6), 16));
        len = 6;
      } else throw new JsonError(nextSlash, "invalid escape in string");
      onEscape?.(out.length, nextSlash, len);
      out += decoded;
      j = chunk = nextSlash + len;
    } else {
      out += text.slice(chunk, nextQuote);
      return { value: out, end: nextQuote + 1 };
    }
  }
}

class Parser {
  i = 0;
  constructor(private readonly text: string) {}

  ws(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.i++;
      else break;
    }
  }

  value(depth: number): JNode {
    if (depth > MAX_DEPTH) throw new JsonError(this.i, "JSON nested too deeply");
    const t = this.text;
    const start = this.i;
    const c = t[start];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') {
      const { value, end } = scanJsonString(t, start);
      this.i = end;
      return { kind: "string", value, start, end };
    }
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (t.startsWith(word, start)) {
        this.i += word.length;
        return { kind: "scalar", value, start, end: this.i };
      }
    }
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    num.lastIndex = start;
    const m = num.exec(t);
    if (m && m[0].length > 0) {
      this.i += m[0].length;
      return { kind: "scalar", value: Number(m[0]), start, end: this.i };
    }
    throw new JsonError(start, c === undefined ? "unexpected end of JSON" : `unexpected character ${JSON.stringify(c)}`);
  }

  private expect(ch: string): void {
    if (this.text[this.i] !== ch) throw new JsonError(this.i, `expected ${JSON.stringify(ch)}`);
    this.i++;
  }

  private object(depth: number): JNode {
    const start = this.i++;
    const entries = new Map<string, JNode>();
    this.ws();
    if (this.text[this.i] === "}") {
      this.i++;
      return { kind: "object", entries, start, end: this.i };
    }
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') throw new JsonError(this.i, "expected a property name");
      const key = scanJsonString(this.text, this.i);
      this.i = key.end;
      this.ws();
      this.expect(":");
      this.ws();
      entries.set(key.value, this.value(depth + 1));
      this.ws();
      if (this.text[this.i] === ",") {
        this.i++;
        continue;
      }
      this.expect("}");
      return { kind: "object", entries, start, end: this.i };
    }
  }

  private array(depth: number): JNode {
    const start = this.i++;
    const items: JNode[] = [];
    this.ws();
    if (this.text[this.i] === "]") {
      this.i++;
      return { kind: "array", items, start, end: this.i };
    }
    for (;;) {
      this.ws();
      items.push(this.value(depth + 1));
      this.ws();
      if (this.text[this.i] === ",") {
        this.i++;
        continue;
      }
      this.expect("]");
      return { kind: "array", items, start, end: this.i };
    }
  }
}
