// The parse rule on Python: the first syntax error of a file at its position,
// brackets nested past Python's limit, and code that only looks odd staying silent.
import rule from "../../rules/parse.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

ruleCases(rule, {
  valid: [
    // Sweep N (an MCP agent): `async with connect(url) as (read, write, _):`, which lezer's grammar cannot parse.
    { name: "with-statement targets that are a tuple or a list", files: { "agent.py": py`
      async def tools(url):
          async with connect(url) as (
              read_stream,
              write_stream,
              _,
          ):
              return read_stream
      with open("a") as (f), open("b") as [g, h], open("c") as i:
          pass
    ` } },
    { name: "valid Python 3", files: { "agent.py": py`
      x = f"{((1))}"
      y = r"a\\\\"
      z = "a\\"b"
      print("x")
      s = """multi
      line"""
      items = [
          1,
          2,
      ]
    ` } },
    // @lezer/python reads `0.` as an attribute access with its name missing; CPython reads a float (sweep: numpy code).
    { name: "floats with a trailing dot", files: { "agent.py": py`
      def scale(x):
          return x / 2.
      X = [1., 0.]
      Y = f(1., 1_0.)
      Z = x[1.:2]
    `, "matcher.py": py`
      match kind:
          case "half":
              ratio = 0.
      weights = (1., 2.)
      label = "v2. and 3."
    ` } },
    // Sweep: SQL and Scala notebooks exported under a .py name.
    { name: "a SQL or Scala notebook's export named .py", files: {
      "setup.py": "-- Databricks notebook source\n-- MAGIC %md\n-- MAGIC # Setup\n\n-- COMMAND ----------\n\nCREATE SCHEMA IF NOT EXISTS main.fi;\n",
      "job.py": "// Databricks notebook source\nval x = 1\n",
    } },
    // Python 3.10 parenthesized context managers run, but lezer's grammar has no rule for them: silent, not a syntax error.
    { name: "parenthesized context managers", files: { "agent.py": py`
      async def f():
          async with (
              A(x) as a,
              B() as b,
          ):
              pass
    ` } },
    { name: "newer syntax lezer takes", files: { "agent.py": py`
      try:
          pass
      except* ValueError as e:
          pass
      def f[T](x: T) -> T:
          return x
      type X = int
      y = f"{d["k"]}"
      match y:
          case {"a": 1}:
              pass
    ` } },
    // lezer 1.1 takes neither a parenthesized with-target nor a bare `yield` statement; Python does (devset repositories).
    { name: "with-target in parentheses, bare yield in a lifespan and a fixture", files: { "agent.py": py`
      async def lifespan(app):
          async with client(
              url=1,
          ) as (read, write, _):
              pass
          yield

      def fixture(capman):
          if capman:
              yield
          else:
              yield
    ` } },
    // lezer 1.1 keeps a comment after a bare `yield` inside the statement and then fails on the newline (sweep: a test
    // helper that raises before its `yield  # pragma: no cover`).
    { name: "bare yield followed by a comment", files: { "agent.py": py`
      async def boom():
          raise RuntimeError("down")
          yield  # pragma: no cover

      def gen():
          yield # first
          yield
    ` } },
    // Python reads a backslash before a doubled brace as a literal backslash and a brace (a SyntaxWarning in plain
    // f-strings); lezer 1.1 takes \{ as an escape and the lone { as a field (sweep: regexes built with rf-strings).
    { name: "f-strings with a backslash before a doubled brace", files: { "agent.py": String.raw`import re
v = "a"
p = rf'var\s+{re.escape(v)}\s*=\s*\{{([^}}]+)\}}'
q = fr"\}}"
r = f"a\{{b"
` } },
    // A `-r` whose path is computed at run time names no file to read (sweep: os.path.join(os.getcwd(), ...)); it was
    // read as a path holding the hole and reported as an unreadable file.
    { name: "a -r requirements path computed at run time", files: { "driver.py": py`
      import os
      import mlflow
      requirements_path = os.path.join(os.getcwd(), "requirements.txt")
      mlflow.langchain.log_model(lc_model="chain.py", pip_requirements=[f"-r {requirements_path}"])
    `, "chain.py": "import mlflow\nmlflow.models.set_model(None)\n" } },
    // A starred target in a comprehension's `for` runs in Python; lezer 1.1 leaves an error node at its `*`.
    { name: "starred targets in comprehensions", files: { "agent.py": py`
      rows = [(1, 2, 3)]
      firsts = {k: 0 for k, *_ in rows}
      rests = [r for _, *r in rows]
      lasts = (z for *_, z in rows)

      async def f(stream):
          return {k async for k, *_ in stream}
    ` } },
    // A last line of spaces and no final newline: Python's tokenizer adds the NEWLINE, lezer does not (devset: Sourav692).
    { name: "a file ending in an indented blank line without a newline", files: { "agent.py": "def f():\n    try:\n        pass\n    except Exception as e:\n        print(e)\n        " } },
    // IPython's automagic runs `pip install x` in a notebook cell without the `%` (devset: Sourav692 notebooks).
    { name: "an automagic pip install in a notebook cell", files: { "nb.ipynb": JSON.stringify({ cells: [{ cell_type: "code", source: ["pip install pypdf\n", "x = 1\n"] }] }, null, 1) } },
    // 200 is CPython's limit itself: one level less parses and runs.
    { name: "brackets 200 deep", files: { "agent.py": `x = ${"(".repeat(200)}1${")".repeat(200)}\n` } },
    // Long right-nested chains are deep trees but no brackets: lezer and Python both take them.
    // lezer forces these closed with error nodes (its valves, lezer-parse.ts): Python takes them, so we stay silent.
    { name: "long chains", files: { "agent.py": `x = ${"not ".repeat(5000)}y\nz = ${Array.from({ length: 5000 }, () => "1").join(" + ")}\n` } },
    { name: "a file of thousands of statements (lezer's valve fires about every 220,000 characters)",
      files: { "agent.py": Array.from({ length: 6000 }, (_, i) => `CONFIG_${i} = {"llm": {"endpoint": "e${i}", "t": 0.1}, "tools": [f"tool_{${i}}", "search"]}\n`).join("") } },
  ],
  invalid: [
    { name: "Python 2 print", files: { "agent.py": py`
      import os
      print "x"
    ` }, errors: [{ line: 2, column: 1, message: "Python 2 print statement" }] },
    { name: "unterminated string", files: { "agent.py": py`
      a = 1
      s = "abc
      y = 2
    ` }, errors: [{ line: 2, column: 5, message: "unterminated string literal" }] },
    { name: "unterminated string ending in an escaped quote", files: { "agent.py": 'a = 1\ns = "abc\\"\n' }, errors: [{ line: 2, column: 5, message: "unterminated string literal" }] },
    { name: "unterminated triple-quoted string", files: { "agent.py": 'a = 1\ns = """abc\ny = 2\n' }, errors: [{ line: 2, column: 5, message: "triple-quoted" }] },
    { name: "bracket never closed", files: { "agent.py": "a = 1\ny = foo(1,\n" }, errors: [{ line: 2, column: 8, message: "'(' was never closed" }] },
    { name: "invalid syntax: only the first error of the file", files: { "agent.py": "def f(:\n    pass\ndef g(:\n    pass\n" }, errors: [{ line: 1, column: 7, message: 'invalid syntax at ":"' }] },
    { name: "an error far into a large file is still found", files: { "agent.py": Array.from({ length: 6000 }, (_, i) => `C_${i} = {"llm": {"endpoint": "e${i}", "t": 0.1}, "tools": [f"tool_{${i}}", "s"]}\n`).join("") + "def f(:\n    pass\n" },
      errors: [{ line: 6001, column: 7, message: "invalid syntax" }] },
    { name: "brackets nested 10,000 deep", files: { "agent.py": `a = 1\nx = ${"(".repeat(10000)}1${")".repeat(10000)}\n` },
      errors: [{ line: 2, column: 205, message: "nested more than 200 deep" }] },
    // Only a `*name` target between `for` and `in` is the grammar gap: a bare `*`, or a star after `in`, is Python's error too.
    { name: "a star with no name in a comprehension target", files: { "agent.py": "rows = []\nx = [k for k, * in rows]\n" }, errors: [{ line: 2, column: 15, message: "invalid syntax" }] },
    { name: "a starred iterable in a comprehension", files: { "agent.py": "rows = []\nx = [k for k in *rows]\n" }, errors: [{ line: 2, column: 17, message: "invalid syntax" }] },
    // Only pip/conda/mamba install lines are automagic; another bare word is still Python's error.
    { name: "a bare shell word that is not pip install in a notebook cell", files: { "nb.ipynb": JSON.stringify({ cells: [{ cell_type: "code", source: ["zip install pypdf\n"] }] }, null, 1) },
      errors: [{ line: 6, message: "invalid syntax" }] },
    { name: "a syntax error in a notebook cell points into the file", files: { "nb.ipynb": JSON.stringify({ cells: [{ cell_type: "code", source: ["x = 1\n"] }, { cell_type: "code", source: ['print "hi"\n'] }] }, null, 1) },
      errors: [{ line: 12, message: "Python 2 print statement" }] },
  ],
});
