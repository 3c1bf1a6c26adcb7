// Imports through which code may reach the workspace in ways we do not follow (REST clients, SQL
// connections, Spark, the SDK, MCP): a module that uses one may touch any resource, so no declared
// resource is called unused. An import whose names the module never mentions again reaches nothing
// (a notebook's leftover `from databricks.sdk import WorkspaceClient`); any other mention, even in a
// comment or an annotation, counts as a use.
import type { PyImport, PyModule } from "./types.js";

const OPAQUE_MODULES = ["requests", "httpx", "aiohttp", "urllib3", "databricks.sql", "databricks.sdk", "pyspark", "databricks.connect", "databricks_mcp", "mcp"];
/** A Databricks notebook's `spark` session needs no import: where Spark is imported, a `spark` mention is a use. */
const SESSION_MODULES = ["pyspark", "databricks.connect"];

export function usesOpaqueImport(module: PyModule): boolean {
  return module.imports.some((i) => i.level === 0 && OPAQUE_MODULES.some((o) => i.module === o || i.module.startsWith(`${o}.`)) && mentioned(i, module));
}

/** Whether a name the statement binds appears in the module's text outside the statement (a star import always). */
function mentioned(imp: PyImport, module: PyModule): boolean {
  const text = module.source.text;
  if (imp.span.file !== module.source.path) return true;
  const statement = text.slice(imp.span.start, imp.span.end);
  const bound = boundNames(statement);
  if (!bound) return true;
  const names = SESSION_MODULES.some((o) => imp.module === o || imp.module.startsWith(`${o}.`)) ? [...bound, "spark"] : bound;
  // A %%writefile module is its cell's text, not the whole notebook's.
  const [from, to] = [module.writtenAt ?? 0, module.writtenEnd ?? text.length];
  const rest = text.slice(from, imp.span.start) + "\n" + text.slice(imp.span.end, to);
  return names.some((n) => new RegExp(`(?<![\\w.])${n}\\b`).test(rest));
}

/** The names an import statement binds (`import a.b` binds a; `from m import x as y, z` binds y and z); undefined when unsure. */
function boundNames(statement: string): string[] | undefined {
  const s = statement.replace(/#[^\n]*/g, "").replace(/\\\r?\n|[()\r\n]/g, " ");
  const from = /^\s*from\s+\S+\s+import\s+(.+)$/.exec(s);
  const list = from ? from[1]! : /^\s*import\s+(.+)$/.exec(s)?.[1];
  if (list === undefined || list.includes("*")) return undefined;
  const names: string[] = [];
  for (const part of list.split(",")) {
    const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
    if (!m) {
      if (part.trim() === "") continue; // a trailing comma
      return undefined;
    }
    names.push(m[2] ?? (from ? m[1]! : m[1]!.split(".")[0]!));
  }
  return names.length ? names : undefined;
}
