// A requirements file named on the command line is linted on its own: its
// entries (with `-r` files followed) become a requirement list. It is not known
// to be a model's whole environment, so rules that need that stay silent.
import { RequirementReader } from "../python/requirement-lists.js";
import type { RequirementList } from "../python/python-facts.js";
import type { SourceFile } from "./facts/source.js";
import type { PulledInRead } from "./pulled-in.js";

export function requirementFileList(file: SourceFile, read: PulledInRead): RequirementList {
  const reader = new RequirementReader((absPath, namedAt) => read(absPath, "requirements", namedAt));
  const entries = reader.file(file.absPath);
  return {
    origin: "requirements file", complete: false, known: entries !== undefined, entries: entries ?? [],
    at: file.lines.span(file.path, 0, 0), label: file.path, what: "a -r line",
  };
}
