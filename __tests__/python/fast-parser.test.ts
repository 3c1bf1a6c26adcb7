// The fast parser builds @lezer/python's tree exactly (node type ids, from, to,
// nesting), or bails. Each construct is compared with lezer on small snippets;
// texts it must not take bail; random edits of real-looking code (mostly syntax
// errors) either bail or still match, with nothing for the syntax check to find.
import { NodeProp, type Tree } from "@lezer/common";
import { parser } from "@lezer/python";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastParse } from "../../src/python/parse/fast/fast-parse.js";
import { maskTrailingDotFloats } from "../../src/python/parse/lezer-parse.js";
import { pythonNodeSet } from "../../src/python/parse/fast/node-types.js";
import { firstSyntaxProblem } from "../../src/python/parse/syntax-problem.js";

/** Every node as `name id from-to`, depth-indented: a readable diff when a case fails. */
function nodes(tree: Tree): string[] {
  const out: string[] = [];
  let depth = 0;
  tree.iterate({
    enter: (n) => {
      out.push(`${"  ".repeat(depth++)}${n.name} ${n.type.id} ${n.from}-${n.to}`);
    },
    leave: () => {
      depth--;
    },
  });
  return out;
}

function expectSameAsLezer(text: string): void {
  const fast = fastParse(text);
  expect(fast, `fast parser bailed on ${JSON.stringify(text)}`).toBeDefined();
  expect(nodes(fast!)).toEqual(nodes(parser.parse(text)));
}

const CASES: Record<string, string[]> = {
  imports: ["import os\n", "import a.b as c, d\n", "from . import (a, b as c,)\n", "from ..x.y import z\n", "from ...m import *\n"],
  assignments: ["x = 1\n", "a = b = c\n", "a, *b = c, d\n", "x: int = 3\n", "x: list[str]\n", "x += 1\n", "x //= y, z\n", "a.b[c] = d\n", "x = yield y\n", "x = a,\n"],
  operators: [
    "x = a * b + -c ** 2 @ d\n", "x = a | b ^ c & d << e >> f\n", "x = a - b - c\n", "x = a ** b ** c\n", "x = ~a % b // c / d\n",
    "x = -a ** -b\n", "x = not a\n", "x = a and not b or c\n", "x = not a == b\n", "x = a < b <= c != d\n",
    "x = a is not b\n", "x = a not in b in c\n", "x = a if b else c if d else e\n", "x = await a + b\n", "x = +a * b\n",
  ],
  calls: ["f()\n", "f(a, *b, c=1, **d)\n", "f(x for x in y if z)\n", "f(a)(b).c[d]\n", "f(\n    a,  # why\n    b,\n)\n", "x.if_.None\n"],
  subscripts: ["x[1]\n", "x[1:2]\n", "x[::2, a:]\n", "x[:]\n", "x[a, b:c:d]\n", "x[(1, 2)]\n"],
  literals: [
    "x = (a)\n", "x = (a,)\n", "x = ()\n", "x = (*a, b)\n", "x = [a, *b,]\n", "x = []\n", "x = {}\n", "x = {a: 1, **b}\n",
    "x = {a, *b}\n", "x = [x for x in y for z in x if z if w]\n", "x = {k: v for k, v in d.items()}\n", "x = {a for a in b}\n",
    "x = (a for a in b)\n", "x = [i async for i in g()]\n", "x = (yield)\n".replace("(yield)", "(yield a)"), "x = ...\n", "x = None, True, False\n",
    "x = 0x1F + 1e-5 + 1.5j + .5 + 1_000 + 0o7 + 0b1\n",
  ],
  strings: [
    "x = 'a'\n", "x = \"a\\nb\\x41\\u1234\\N{DASH}\\012\"\n", "x = r'\\d\\''\n", "x = b'x' rb'y' Br'z'\n", "x = '''a\n'b'\n'''\n",
    "x = \"\"\"doc \\\"\"\" \"\"\"\n", "x = ('a'\n     # between\n     'b')\n", "x = 'a' 'b'\n", "x = u'\\\n'\n",
  ],
  fstrings: [
    "x = f'a{b}c'\n", "x = f'{d!r:>10}{e=}{{}}'\n", "x = f'{x:{w}.{p}f}'\n", "x = f\"{a, b}\"\n", "x = f'{*a}'\n",
    "x = f'{ x = !r}'\n", "x = f'\\{x}'\n", "x = rf'\\{x}'\n", "x = f'{x:%Y-%m-%d}'\n", "x = f\"{d['k']}\" F'{a[1:2]}'\n",
    "x = f'''{\n  a\n}'''\n", "x = f'{f\"{a}\"}'\n", "x = f'{x!s:^}'\n", "x = f'{a if b else c}'\n", "x = f'{lambda: 1}'\n",
  ],
  lambdas: ["f = lambda: 0\n", "f = lambda x, *y, z=1, **k: x\n", "f = lambda *, a: a\n", "f(key=lambda x: x[1])\n", "f = lambda: (yield)\n".replace("(yield)", "a if b else c")],
  statements: [
    "del a, b\n", "del (a), [b]\n", "pass\n", "global a, b\n", "nonlocal x\n", "assert x, 'm'\n", "raise\n", "raise X\n",
    "raise X from e\n", "return\n", "return *a, b\n", "yield x\n", "yield from g()\n", "a; b\n", "a; b;\nc\n", "print(x)\n",
    "print (x)\n", "print\n", "if (n := len(a)) > 10: pass\n", "while chunk := f.read(): pass\n", "f(x := 1)\n",
    "x = [y := f(x), y ** 2]\n", "x[a := 1]\n", "match = re.match(p, s)\n", "type = 3\n", "x = 1  # trailing\n",
  ],
  blocks: [
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\n", "if a: pass\n", "if a: b; c\n", "while x:\n    break\nelse:\n    continue\n",
    "for a, b in c:\n    pass\nelse:\n    pass\n", "for x in a, b:\n    pass\n", "for *a, b in c:\n    pass\n",
    "try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    pass\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n",
    "with open(f) as g, h:\n    pass\n", "async def f():\n    async with a as b:\n        await d\n    async for x in y:\n        pass\n",
    "def f(a, /, b: int = 1, *args: str, c, **kw) -> None:\n    '''doc'''\n    return a\n", "def f(*, a):\n    pass\n",
    "class A(B, metaclass=M):\n    x: int = 1\n\n    def m(self):\n        pass\n", "class A: pass\n", "class A():\n    pass\n",
    "@dec\n@a.b(1)\nclass C:\n    pass\n", "@property\nasync def f(self): return 1\n",
  ],
  layout: [
    "", "\n", "# only a comment", "# c\n\n# d\n", "x = 1", "def f():\n    x", "def f():\n    x\n# low\n    # deep\ny\n",
    "def f():\n    x  # in body\n\n\n    y\n", "if a:\n    if b:\n        c\n# between\nelse:\n    d\n", "x = [1,\n  2, # c\n  3]\n",
    "x = 1 + \\\n    2\n", "if a:\n\tb\n", "def f():\n    pass\n\n\n\n", "def f():\n  if x:\n        y\n  z\n", "x = (  # open\n  1\n)\n",
    "def f():\n    return (\n        a\n    )\n# after\n",
  ],
  nesting: [
    `x = ${"(".repeat(100)}1${")".repeat(100)}\n`, `x = ${"[{".repeat(50)}1${"}]".repeat(50)}\n`, `x = [a for a in b ${"if c ".repeat(100)}]\n`,
    `x = ${Array.from({ length: 100 }, () => "a if b else").join(" ")} c\n`, `if a: pass\n${"elif b: pass\n".repeat(500)}`,
    `x = ${Array.from({ length: 300 }, (_, i) => `v${i}`).join(" + ")}\n`, `x = a${".b()".repeat(150)}\n`,
  ],
};

describe("fast parser", () => {
  it("has lezer's node types: the same ids, names and props", () => {
    const describeSet = (types: typeof pythonNodeSet.types) => types.map((t) => [t.id, t.name, t.isTop, t.isError, t.isSkipped,
      t.prop(NodeProp.group), t.prop(NodeProp.isolate), t.prop(NodeProp.openedBy), t.prop(NodeProp.closedBy)]);
    expect(describeSet(pythonNodeSet.types)).toEqual(describeSet(parser.nodeSet.types));
  });

  for (const [construct, texts] of Object.entries(CASES)) {
    it(`builds lezer's tree for ${construct}`, () => {
      for (const text of texts) expectSameAsLezer(text);
    });
  }

  it("builds lezer's tree for a typical agent module", () => {
    expectSameAsLezer(AGENT);
  });

  it("reads a trailing-dot float as one Number, the tree lezer builds for the masked text", () => {
    for (const text of ["x = 0.\n", "y = 2. + 1\n", "f(1., a)\n", "a = 1_0.\n", "x[1.:2]\n", "x = (0.)\n"]) {
      const fast = fastParse(text);
      expect(fast, JSON.stringify(text)).toBeDefined();
      expect(nodes(fast!)).toEqual(nodes(parser.parse(maskTrailingDotFloats(text))));
      expect(nodes(fast!).some((n) => n.includes("⚠"))).toBe(false);
    }
    expect(maskTrailingDotFloats("a = 1.e5 + x1. + 2..real + '3.'\n")).toBe("a = 1.e5 + x1. + 2..real + '30'\n");
  });

  it("bails where it does not reproduce lezer", () => {
    const bails = [
      "x = (\n", "x = 'open\n", "x = '''open\n", "def f(:\n    pass\n", "x = 1 +\n", "f(a b)\n", // syntax errors
      "x\n    y\n", "if a:\n        b\n    c\n", "  x = 1\n", // indentation lezer takes silently or reads apart
      "match x:\n    case 1:\n        pass\n", "type X = int\n", "def f[T](x): pass\n", "x = (a := b := c)\n",
      "print 'x'\n", "print", "x = 1\r\ny = 2\r\n", "x = 1\fy\n", "x = yield\n", "try:\n    a\nexcept* E:\n    b\n",
      "x = 1if y else 2\n", "x = 1.e5 + 1.j\n", "naïve = 1\n", "@x[0]\ndef f(): pass\n", "x = 1 + \\\n\n2\n", "def f():\n    x\n    ",
      "x = [i for i in a if lambda: i]\n", "x = a == not b\n", "raise E, v\n", "except_ = f(a, *)\n",
      // Block shapes lezer takes and CPython refuses: the syntax check (skipped on fast trees) words them.
      "try:\n    a\nb\n", "try:\n    a\nelse:\n    b\n", "if a:\nb\n",
      `x = ${Array.from({ length: 400 }, (_, i) => `name_${i}`).join(" + ")}\n`, // lezer's left-associative valve
      "x = 1\n".repeat(40_000), // longer than the fast path takes
      `${"-".repeat(500)}x\n`, // nesting past the limit
      // Right-nesting chains that deepen lezer's stack until its depth valve cuts them (these two do, at 3,000).
      `x = ${Array.from({ length: 1200 }, () => "a").join(" ** ")}\n`, `x = [a ${"for a in b ".repeat(3000)}]\n`,
      `x = [a for a in b ${"if c ".repeat(3000)}]\n`,
    ];
    for (const text of bails) expect(fastParse(text), JSON.stringify(text.slice(0, 60))).toBeUndefined();
  });

  it("bails before lezer's statement-list valve: many blank lines in a long module", () => {
    const text = Array.from({ length: 2000 }, (_, i) => `v${i} = ${i}\n`).join("\n");
    const { bigReductionCount } = lezerCount(text);
    expect(bigReductionCount).toBeGreaterThan(300);
    expect(fastParse(text)).toBeUndefined();
  });

  it("on random edits of an agent module, bails or builds lezer's tree", () => {
    const edit = fc.record({ at: fc.nat(AGENT.length), cut: fc.nat(6), insert: fc.constantFrom("", "(", ")", ":", "\n", "    ", "'", "\"", "#", ",", "=", "\\", "f'{", "}", "not ", "lambda ", "*", "[", "\t") });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      let text = AGENT;
      for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.cut);
      const fast = fastParse(text);
      if (!fast) return;
      expect(nodes(fast)).toEqual(nodes(parser.parse(text)));
      // lint skips the syntax check on fast trees (parse-python.ts fastParsed): it must have nothing to find.
      expect(firstSyntaxProblem(text, fast, Infinity)).toBeUndefined();
    }), { numRuns: 400, seed: 15 });
  });
});

/** lezer's count of big reductions at the end of a parse (the field lezer-parse.ts watches). */
function lezerCount(text: string): { bigReductionCount: number } {
  const parse = parser.startParse(text) as unknown as { advance(): Tree | null; bigReductionCount: number };
  let max = 0;
  while (!parse.advance()) max = Math.max(max, parse.bigReductionCount);
  return { bigReductionCount: max };
}

const AGENT = `"""A tool-calling agent."""
import json
from typing import Any, Generator, Optional

import mlflow
from databricks_langchain import ChatDatabricks, UCFunctionToolkit
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse

LLM_ENDPOINT_NAME = "databricks-claude-3-7-sonnet"
SYSTEM_PROMPT = (
    "You are a helpful assistant. "  # keep it short
    f"Today is {date:%Y-%m-%d}."
)
tools = UCFunctionToolkit(function_names=["system.ai.python_exec", f"{CATALOG}.{SCHEMA}.*"]).tools


class ToolCallingAgent(ResponsesAgent):
    """Calls tools until the model answers."""

    def __init__(self, llm: ChatDatabricks, tools: list[Any], retries: int = 3) -> None:
        self.llm = llm.bind_tools(tools)
        self.tools = {t.name: t for t in tools}
        self.retries, self.seen = retries, set()

    @mlflow.trace(span_type="TOOL")
    def execute_tool(self, name: str, args: dict) -> Any:
        if name not in self.tools:
            raise ValueError(f"unknown tool {name!r}")
        return self.tools[name].invoke(args)

    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        outputs = [e.item for e in self.predict_stream(request) if e.type == "response.output_item.done"]
        return ResponsesAgentResponse(output=outputs, custom_outputs=request.custom_inputs)

    def predict_stream(self, request) -> Generator:
        messages = [{"role": "system", "content": SYSTEM_PROMPT}] + [i.model_dump() for i in request.input]
        for _ in range(self.retries):
            try:
                response = self.llm.invoke(messages, temperature=0.1, **{"max_tokens": 1024})
            except Exception as e:  # retry on any error
                print(f"retrying: {e}")
                continue
            if not response.tool_calls and len(messages) > 2 or False:
                yield self.create_text_output_item(text=response.content, id=str(response.id))
                break
            for call in response.tool_calls:
                result = self.execute_tool(call["name"], json.loads(call.get("args", "{}")))
                messages.append({"role": "tool", "content": str(result)[:1000], "tool_call_id": call["id"]})
        else:
            pass


mlflow.langchain.autolog()
AGENT = ToolCallingAgent(llm=ChatDatabricks(endpoint=LLM_ENDPOINT_NAME), tools=tools)
mlflow.models.set_model(AGENT)
`;
