// Notebook cells run in IPython, not in plain Python: `!shell` and `%magic` lines run in
// Databricks `.py` exports as in .ipynb cells, and a cell indented as a whole runs dedented
// (IPython's leading_indent transform). Neither is a syntax error; findings inside such a
// cell still land on the file's own line and column. (Sweep of real repositories: amesar,
// naradbx-dsa-blaze notebooks.)
import fmName from "../../rules/fm-endpoint-name.js";
import parse from "../../rules/parse.js";
import { ruleCases } from "../helpers/rule-cases.js";

const HEADER = "# Databricks notebook source\n";
const SEP = "\n# COMMAND ----------\n\n";
const ipynb = (...cells: string[][]) => JSON.stringify({ cells: cells.map((source) => ({ cell_type: "code", source, metadata: {}, outputs: [] })) }, null, 1);

ruleCases(parse, {
  valid: [
    { name: "!pip and %pip lines in a Databricks .py export", files: {
      "nb.py": `${HEADER}!pip install -U mlflow-skinny\n%pip install tabulate\ndbutils.library.restartPython()${SEP}import mlflow\n`,
    } },
    { name: "a .py export cell indented as a whole, after blank lines and a title", files: {
      "nb.py": `${HEADER}import os${SEP}# DBTITLE 1,Predict\n\n  data = load()\n  if data:\n      print(data)\n\n  x = 1${SEP}y = 2\n`,
    } },
    // IPython joins a line magic's backslash-continued lines before running it (sweep: aymkbyshi/databricks-agentops-customer-support).
    { name: "a %pip line continued with backslashes, in a .py export and an .ipynb", files: {
      "nb.py": `${HEADER}%pip install -U \\\n    mlflow==3.6.0 \\\n    -q\ndbutils.library.restartPython()${SEP}import mlflow\n`,
      "nb2.ipynb": ipynb(["!pip install \\\n", "  tabulate\n", "x = 1\n"]),
    } },
    { name: "the export's first cell indented under the header", files: { "nb.py": `${HEADER}   import os\n   print(os.sep)\n` } },
    // IPython runs `!cmd` at any indentation (sweep L: PacktPublishing/Databricks-ML-In-Action).
    { name: "an if whose body is only indented !shell and %magic lines, in a .py export and an .ipynb", files: {
      "nb.py": `${HEADER}if reset:\n  !rm -rf /tmp/x\n  %sh ls${SEP}for d in dirs:\n    !mkdir {d}\nprint("done")\n`,
      "nb2.ipynb": ipynb(["if reset:\n", "    !rm -rf /tmp/x\n"]),
    } },
    // Only a logical line's start is an escape: black puts operators first on continuation lines.
    { name: "lines starting with != or % inside brackets, after a backslash, or in a string are Python", files: {
      "nb.py": `${HEADER}if (\n    first_value\n    != second_value\n):\n    msg = ("a %s b"\n           % name)\nx = a \\\n    != b\nq = """\n%sql SELECT 1\n!not a command\n"""${SEP}%pip install x\n`,
      "nb2.ipynb": ipynb(["ok = (a\n", "      != b)\n", "!ls\n"]),
    } },
    { name: "an .ipynb cell indented as a whole, with a deeper block", files: {
      "nb.ipynb": ipynb(["x = [1]\n"], [" for j, run in enumerate(x):\n", "    print(j)\n", "    print(run)\n"]),
    } },
    // Databricks runs a cell whose first line is %sql (%md, %sh, ...) in that language (sweep: yenlow/agents-databricks).
    { name: "an .ipynb cell in SQL, markdown or shell by its first-line magic", files: {
      "nb.ipynb": ipynb(["%sql\n", "CREATE OR REPLACE FUNCTION main.a.f(q STRING) RETURNS STRING RETURN q\n"], ["%md\n", "# Title: it's here\n"], ["%sh ls -la\n", "cat x | wc -l\n"]),
    } },
    // The same in a .py export whose cells were written without `# MAGIC` (sweep: DattadaVijay/databricks_agentic_stack).
    { name: "a .py export cell in SQL, markdown or a %%sh cell magic by its first line", files: {
      "nb.py": `${HEADER}import os${SEP}%sql\nCREATE OR REPLACE FUNCTION main.a.f(q STRING) RETURNS STRING RETURN q${SEP}# DBTITLE 1,Notes\n%md\nIt's here: *done*${SEP}%%sh\nls -la | wc -l${SEP}x = 1\n`,
    } },
    // Sweep J: a `# MAGIC %sql` cell whose SQL lines lost their prefix is still a SQL cell (alexxx-db/databricks-mcp-workshop).
    { name: "a .py export cell under # MAGIC %sql with unprefixed SQL lines", files: {
      "nb.py": `${HEADER}x = 1${SEP}# MAGIC %sql\n-- Use the catalog the setup made\nUSE CATALOG \${catalog_name};${SEP}y = 2\n`,
    } },
    // A notebook's text held in a string (a lab writing a notebook file): the "cell" inside the string closes
    // it with a quote, which stays (sweep H: bhaldiyana-source/workshops).
    { name: "a # MAGIC %md 'cell' inside a triple-quoted string of the export", files: {
      "nb.py": `${HEADER}x = 1${SEP}text = """# Databricks notebook source${SEP}# MAGIC %md\n# MAGIC Title\nDone: "ok"\n"""\nprint(text)\n`,
    } },
  ],
  invalid: [
    // A `# MAGIC` line that is no language magic leaves the cell Python.
    { name: "a .py export cell under # MAGIC %pip, then invalid Python", files: { "nb.py": `${HEADER}x = 1${SEP}# MAGIC %pip install mlflow\nSHOW TABLES\n` },
      errors: [{ line: 6, message: "invalid syntax" }] },
    // %python and %run are not other languages: the cell is Python, and its errors are found.
    { name: "an .ipynb cell under %python with a syntax error", files: { "nb.ipynb": ipynb(["%python\n", "x = (\n"]) },
      errors: [{ line: 7, message: "never closed" }] },
    { name: "an .ipynb cell starting with %run, then invalid Python", files: { "nb.ipynb": ipynb(["%run ./setup\n", "SHOW TABLES\n"]) },
      errors: [{ line: 7, message: "invalid syntax" }] },
    // A language magic further down a .py export cell does not switch the cell: the SQL line after it is still Python.
    { name: "a .py export cell with %sql on a later line", files: { "nb.py": `${HEADER}import os${SEP}x = 1\n%sql\nSHOW TABLES\n` },
      errors: [{ line: 7, message: "invalid syntax" }] },
    // Only a cell whose first line is indented is dedented: a later stray indent still fails in IPython.
    { name: "an export cell whose first line is not indented", files: { "nb.py": `${HEADER}import os${SEP}x = 1\n  y = 2\n` },
      errors: [{ line: 6, column: 3, message: "unexpected indent" }] },
    { name: "an indented .ipynb cell with a line indented less than its first", files: {
      "nb.ipynb": ipynb(["    x = 1\n", "  y = 2\n"]),
    }, errors: [{ line: 7, column: 8, message: "unexpected indent" }] },
    // Only the magic's own continuation is blanked: the next indented line is still Python.
    { name: "a %pip line without a trailing backslash, then an indented line", files: { "nb.py": `${HEADER}%pip install a\n    b\n` },
      errors: [{ line: 3, message: "unexpected indent" }] },
    // Outside a notebook a `!` line is plain Python, and invalid.
    { name: "!pip in a plain module", files: { "setup_env.py": "!pip install mlflow\nimport mlflow\n" }, errors: [{ line: 1, column: 1 }] },
  ],
});

ruleCases(fmName, {
  valid: [],
  invalid: [
    { name: "a finding in a dedented .py export cell keeps the file's column", files: {
      "nb.py": `${HEADER}from databricks_langchain import ChatDatabricks${SEP}    llm = ChatDatabricks(endpoint="databricks-claude-sonet-4-5")\n    print(llm)\n`,
    }, errors: [{ line: 5, column: 36, message: "databricks-claude-sonet-4-5" }] },
    { name: "a finding in a dedented .ipynb cell keeps the file's column", files: {
      "nb.ipynb": ipynb(["from databricks_langchain import ChatDatabricks\n"], ["  if True:\n", "      llm = ChatDatabricks(endpoint=\"databricks-claude-sonet-4-5\")\n"]),
    }, errors: [{ line: 15, column: 44, message: "databricks-claude-sonet-4-5" }] },
  ],
});
