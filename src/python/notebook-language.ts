// The language an .ipynb, or one of its cells, says it is written in. Only Python is
// analysed: a Databricks SQL or Scala notebook, or a cell an editor marks as shell
// (VS Code's `languageId`), is not code a Python parser may judge. A notebook that
// names no language is Python, as the Jupyter and Databricks formats default to.
import type { JNode } from "./json-locate.js";

const PYTHON = new Set(["python", "python3", "ipython", "ipython3"]);

function at(node: JNode | undefined, ...keys: string[]): JNode | undefined {
  for (const key of keys) node = node?.kind === "object" ? node.entries.get(key) : undefined;
  return node;
}

function named(node: JNode | undefined): string | undefined {
  return node?.kind === "string" ? node.value.toLowerCase() : undefined;
}

/** The languages a notebook's metadata declares: Databricks', the kernel's, and language_info's. */
function notebookLanguages(root: JNode): string[] {
  const metadata = at(root, "metadata");
  return [
    named(at(metadata, "application/vnd.databricks.v1+notebook", "language")),
    named(at(metadata, "kernelspec", "language")),
    named(at(metadata, "language_info", "name")),
  ].filter((l): l is string => l !== undefined);
}

/** False when the notebook declares a language other than Python (any of its declarations). */
export function isPythonNotebook(root: JNode): boolean {
  return notebookLanguages(root).every((l) => PYTHON.has(l));
}

/**
 * VS Code language ids of languages a notebook cell may be written in instead of Python. Only these mark a
 * cell as not Python: the tag is the editor's, and Databricks runs a cell tagged `plaintext` (or anything
 * else) as the notebook's language (sweep: a notebook whose Python cells were all tagged `plaintext`).
 */
const OTHER_LANGUAGES = new Set(["shellscript", "bash", "sh", "powershell", "bat", "sql", "scala", "r", "markdown",
  "json", "yaml", "javascript", "typescript", "html", "csharp", "fsharp", "java"]);

/** False when a cell's metadata marks it as another language (VS Code: `"vscode": {"languageId": "shellscript"}`). */
export function isPythonCell(cell: JNode): boolean {
  const id = named(at(cell, "metadata", "vscode", "languageId"));
  return id === undefined || !OTHER_LANGUAGES.has(id);
}
