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
  return module.imports.some((i) => i.level === 0 && OPAQUE_MODULES.some((o) => within(i.module, o) || o.startsWith(`${i.module}.`)) && usesOpaque(i, module));
}

function within(path: string, module: string): boolean {
  return path === module || path.startsWith(`${module}.`);
}

/**
 * Whether the statement imports an opaque module (`from databricks import sql` too) under a name the module's
 * text mentions outside the statement; an import we cannot read counts as a use.
 */
function usesOpaque(imp: PyImport, module: PyModule): boolean {
  const text = module.source.text;
  const parsed = imp.span.file === module.source.path ? importedNames(text.slice(imp.span.start, imp.span.end)) : undefined;
  if (!parsed) return true;
  const opaque = parsed.filter((n) => OPAQUE_MODULES.some((o) => within(n.path, o)));
  const names = opaque.map((n) => n.local);
  if (opaque.some((n) => SESSION_MODULES.some((o) => within(n.path, o)))) names.push("spark");
  // A %%writefile module is its cell's text, not the whole notebook's.
  const [from, to] = [module.writtenAt ?? 0, module.writtenEnd ?? text.length];
  const rest = text.slice(from, imp.span.start) + "\n" + text.slice(imp.span.end, to);
  return names.some((n) => new RegExp(`(?<![\\w.])${n}\\b`).test(rest));
}

/**
 * What an import statement binds: `import a.b` binds a (to a.b), `import a.b as c` c, `from m import x as y` y
 * (to m.x); undefined for a star import or a statement this does not read.
 */
function importedNames(statement: string): { path: string; local: string }[] | undefined {
  // Lines of a %%writefile cell after the first keep their `# MAGIC ` prefix in the notebook's text.
  const s = statement.replace(/^[ \t]*# MAGIC ?/gm, "").replace(/#[^\n]*/g, "").replace(/\\\r?\n|[()\r\n]/g, " ");
  const from = /^\s*from\s+([\w.]+)\s+import\s+(.+)$/.exec(s);
  const list = from ? from[2]! : /^\s*import\s+(.+)$/.exec(s)?.[1];
  if (list === undefined || list.includes("*")) return undefined;
  const out: { path: string; local: string }[] = [];
  for (const part of list.split(",")) {
    const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
    if (!m) {
      if (part.trim() === "") continue; // a trailing comma
      return undefined;
    }
    const path = from ? `${from[1]}.${m[1]}` : m[1]!;
    out.push({ path, local: m[2] ?? (from ? m[1]! : m[1]!.split(".")[0]!) });
  }
  return out.length ? out : undefined;
}
