// The report formats by name. Each formatter is loaded only when a run asks for
// it, so a lint run compiles one formatter, and argument checking none.
import type { Formatter } from "./format.js";

export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "markdown", "junit", "gitlab"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).stylish;
    case "json":
      return (await import("./json.js")).json;
    case "sarif":
      return (await import("./sarif.js")).sarif;
    case "github":
      return (await import("./github.js")).github;
    case "markdown":
      return (await import("./markdown.js")).markdown;
    case "junit":
      return (await import("./junit.js")).junit;
    case "gitlab":
      return (await import("./gitlab.js")).gitlab;
  }
}
