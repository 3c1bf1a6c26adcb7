// Import statements → bindings: `import a.b as c`, `from ..x import y as z`. Each
// bound name records the module path as written (resolve.ts finds the file), and
// each statement is listed on the module (missing-requirements reads them).
import type { SyntaxNode } from "@lezer/common";
import type { Span } from "../../lint/types.js";
import type { Binding, PyModule } from "../types.js";
import { children } from "./util-nodes.js";

/** What binding an import needs from the walk. */
export interface ImportSite {
  module: PyModule;
  /** Inside `try:` or `if TYPE_CHECKING:`. */
  guarded: boolean;
  src(node: SyntaxNode): string;
  span(node: SyntaxNode): Span;
  bind(name: string, binding: Binding): void;
}

export function bindImports(node: SyntaxNode, site: ImportSite): void {
  const parts = children(node);
  const guarded = site.guarded;
  if (parts[0]?.name === "from") {
    let i = 1;
    let level = 0;
    for (; i < parts.length && (parts[i]!.name === "." || parts[i]!.name === "Ellipsis"); i++) level += parts[i]!.name === "." ? 1 : 3;
    const dotted: string[] = [];
    for (; i < parts.length && parts[i]!.name !== "import"; i++) if (parts[i]!.name === "VariableName") dotted.push(site.src(parts[i]!));
    const module = dotted.join(".");
    site.module.imports.push({ module, level, span: site.span(node), guarded });
    for (i++; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name !== "VariableName") continue;
      const name = site.src(p);
      let local = name;
      let at = p;
      if (parts[i + 1]?.name === "as" && parts[i + 2]?.name === "VariableName") {
        at = parts[i + 2]!;
        local = site.src(at);
        i += 2;
        if (local !== name) site.module.importAliases.set(local, name);
      }
      site.bind(local, { kind: "import", module, name, level, span: site.span(at) });
    }
    return;
  }
  // import a.b, c.d as e
  let dotted: SyntaxNode[] = [];
  const flush = (alias?: SyntaxNode) => {
    if (dotted.length === 0) return;
    const module = dotted.map((d) => site.src(d)).join(".");
    site.module.imports.push({ module, level: 0, span: site.span(node), guarded });
    if (alias) site.bind(site.src(alias), { kind: "import", module, level: 0, span: site.span(alias) });
    else site.bind(site.src(dotted[0]!), { kind: "import", module: site.src(dotted[0]!), level: 0, span: site.span(dotted[0]!) });
    dotted = [];
  };
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.name === "VariableName") dotted.push(p);
    else if (p.name === "as" && parts[i + 1]?.name === "VariableName") {
      flush(parts[i + 1]);
      i++;
    } else if (p.name === ",") flush();
  }
  flush();
}
