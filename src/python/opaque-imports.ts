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
 * text mentions outside the statement; a statement that binds no name we can read (a star import) counts as a use.
 */
function usesOpaque(imp: PyImport, module: PyModule): boolean {
  const bound = importedNames(imp, module);
  if (bound.length === 0) return true;
  const opaque = bound.filter((n) => OPAQUE_MODULES.some((o) => within(n.path, o)));
  const names = opaque.map((n) => n.local);
  if (opaque.some((n) => SESSION_MODULES.some((o) => within(n.path, o)))) names.push("spark");
  // A %%writefile module is its cell's text, not the whole notebook's.
  const text = module.source.text;
  const [from, to] = [module.writtenAt ?? 0, module.writtenEnd ?? text.length];
  const rest = text.slice(from, imp.span.start) + "\n" + text.slice(imp.span.end, to);
  return names.some((n) => new RegExp(`(?<![\\w.])${n}\\b`).test(rest));
}

/**
 * The names the walk bound for one import (imports.ts), with the dotted path each names: `import a.b` binds a
 * (to a.b), `import a.b as c` c, `from m import x as y` y (to m.x).
 */
function importedNames(imp: PyImport, module: PyModule): { path: string; local: string }[] {
  const out: { path: string; local: string }[] = [];
  for (const scope of [module.scope, ...module.functions.map((f) => f.scope), ...module.classes.map((c) => c.scope)]) {
    for (const [local, list] of scope.bindings) {
      for (const b of list) {
        if (b.kind !== "import" || b.level !== 0 || b.span.start < imp.span.start || b.span.end > imp.span.end) continue;
        if (b.name !== undefined) out.push({ path: `${b.module}.${b.name}`, local });
        // A statement's every `import a.b, c` part shares its span: this part's binding is a, or its alias.
        else if (b.module === imp.module || (local === b.module && imp.module.split(".")[0] === local)) out.push({ path: imp.module, local });
      }
    }
  }
  return out;
}
