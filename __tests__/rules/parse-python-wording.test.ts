// The parse rule words a Python syntax error as CPython (3.10 to 3.13) does, where the tokens make it certain,
// and says plain "invalid syntax" where CPython's words depend on more than that. Every expected message and
// line here was checked against python3.10, 3.11, 3.12 and 3.13 (columns too, but for indentation errors, which
// CPython places oddly: we point at the line's first token).
import rule from "../../rules/parse.js";
import { ruleCases } from "../helpers/rule-cases.js";

const notebook = (...cells: string[]): string =>
  JSON.stringify({ cells: cells.map((c) => ({ cell_type: "code", source: c.split(/(?<=\n)/) })) }, null, 1);

ruleCases(rule, {
  valid: [
    // lezer puts an error node inside "b"; the string is closed, so this is no "unterminated string" either.
    { name: "adjacent strings concatenate", files: { "agent.py": 'x = {"a": "x"\n     "b"}\ny = f"{x!r:>{10}}" f\'{y}\'\n' } },
  ],
  invalid: [
    { name: "a dict missing a comma on one line, in a notebook cell", files: { "nb.ipynb": notebook("x = 1\n", 'd = {"a": 1 "b": 2}\n') },
      errors: [{ line: 12, message: "invalid syntax. Perhaps you forgot a comma?" }] },
    { name: "a dict missing a comma across lines", files: { "agent.py": 'x = {\n    "a": 1\n    "b": 2,\n}\n' },
      errors: [{ line: 2, column: 10, message: "invalid syntax. Perhaps you forgot a comma?" }] },
    { name: "call arguments missing a comma", files: { "agent.py": "f(a.b c)\ng(x=1 y)\n" },
      errors: [{ line: 1, column: 3, message: "invalid syntax. Perhaps you forgot a comma?" }] },
    // "x" "b" is one string: CPython stops at the colon after it, with no comma hint.
    { name: "a missing comma after a string value reads invalid syntax at the colon", files: { "agent.py": '{"a": "x"\n "b": 1}\n' },
      errors: [{ line: 2, column: 5, message: 'invalid syntax at ":"' }] },
    // CPython gives no comma hint for a name, attribute or call before a string, nor in def parameters.
    { name: "no comma hint where CPython gives none", files: { "agent.py": "f(c.d 'b')\n" }, errors: [{ line: 1, column: 7, message: "invalid syntax at" }] },
    { name: "no comma hint in def parameters", files: { "agent.py": "def f(a b):\n    pass\n" }, errors: [{ line: 1, message: "invalid syntax at" }] },
    // A dict key without its value may be "':' expected after dictionary key": not claimed.
    { name: "no comma hint in dict key position", files: { "agent.py": 'd = {"a": 1, "b" x}\n' }, errors: [{ line: 1, message: "invalid syntax at" }] },
    { name: "a bracket left open before the error line", files: { "agent.py": "x = [1, 2\ny = 3\n" },
      errors: [{ line: 1, column: 5, message: "'[' was never closed" }] },
    { name: "an indented line where no block opens (lezer takes it)", files: { "agent.py": "x = 1\n    y = 2\n" },
      errors: [{ line: 2, column: 5, message: "unexpected indent" }] },
    { name: "a block header with no block", files: { "agent.py": "import os\n\n@dec\ndef f():\nreturn 1\n" },
      errors: [{ line: 5, column: 1, message: "expected an indented block after function definition on line 4" }] },
    { name: "a header at the end of the file", files: { "agent.py": "for a in b:\n" },
      errors: [{ line: 1, message: "expected an indented block after 'for' statement on line 1" }] },
    { name: "an unindent to no outer level (lezer takes it)", files: { "agent.py": "if x:\n    a = 1\n  b = 2\n" },
      errors: [{ line: 3, column: 3, message: "unindent does not match any outer indentation level" }] },
    { name: "a try block with no handler (lezer takes it)", files: { "agent.py": "try:\n    x = 1\ny = 2\n" },
      errors: [{ line: 3, column: 1, message: "expected 'except' or 'finally' block" }] },
    // CPython tokenizes the rest of the file after a parser error; its tokenizer's errors win wherever they are.
    { name: "a later unterminated string wins over an earlier parser error", files: { "agent.py": 'def f(:\n    pass\ns = "abc\n' },
      errors: [{ line: 3, column: 5, message: "unterminated string literal (detected at line 3)" }] },
    { name: "a later mismatched bracket wins over an earlier missing comma", files: { "agent.py": "y = (1 2)\nz = (]\n" },
      errors: [{ line: 2, column: 6, message: "closing parenthesis ']' does not match opening parenthesis '('" }] },
    // ... except after an unexpected indent, which CPython reports at once.
    { name: "an unexpected indent before an unterminated string", files: { "agent.py": "x = 1\n    y = 2\ns = 'abc\n" },
      errors: [{ line: 2, column: 5, message: "unexpected indent" }] },
    // An unindent that matches no level stops CPython's scan of the rest silently: the earlier comma wins.
    { name: "a missing comma before a bad unindent", files: { "agent.py": 'x = {"a": 1 "b": 2}\nif x:\n    a = 1\n  b = 2\n' },
      errors: [{ line: 1, column: 11, message: "Perhaps you forgot a comma?" }] },
    // A tab in the indentation is outside what the tokenizer models: plain "invalid syntax" at lezer's error.
    { name: "tabs: no CPython wording claimed", files: { "agent.py": 'if x:\n\td = {"a": 1 "b": 2}\n' },
      errors: [{ line: 2, message: "invalid syntax at" }] },
  ],
});
