// `serving-ci rules <id>`: the rule's page (rules/<id>.md, shipped in the
// package) rendered for a terminal: the front-matter becomes one header line,
// headings are bold, code blocks are indented under a rule, inline code is
// cyan. Only the Markdown our rule pages use is handled; the rest prints as is.
import { readFileSync } from "node:fs";
import path from "node:path";
import { RULES } from "../../rules/index.js";
import { UserError } from "../errors.js";
import { ioMessage } from "../io-message.js";
import { didYouMean } from "../lint/did-you-mean.js";

export function rulePage(id: string, docsDir: string, color: boolean): string {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new UserError(`unknown rule "${id}"${didYouMean(id, RULES.map((r) => r.id))} (see \`serving-ci rules\`)`);
  const file = path.join(docsDir, `${id}.md`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UserError(ioMessage(`cannot read the page of ${id}:`, file, e));
  }
  const header = `${rule.id} · ${rule.defaultSeverity} · fixable: ${rule.fixable}\n${rule.summary}\n${rule.docsUrl}\n`;
  return `${style(color).bold(header)}\n${renderMarkdown(stripFrontMatter(text), color)}`;
}

function stripFrontMatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

function style(on: boolean) {
  const sgr = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: sgr("1"), dim: sgr("2"), cyan: sgr("36"), underline: sgr("1;4") };
}

export function renderMarkdown(md: string, color: boolean): string {
  const s = style(color);
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.replace(/\r\n/g, "\n").split("\n")) {
    const open = /^(```+|~~~+)\s*(\S*)/.exec(line);
    if (fence !== undefined) {
      if (open && line.trim().startsWith(fence)) {
        fence = undefined;
        out.push(s.dim("    └─"));
      } else out.push(`${s.dim("    │")} ${line}`);
      continue;
    }
    if (open) {
      fence = open[1]!;
      out.push(s.dim(`    ┌─ ${line.slice(open[0].length - open[2]!.length).trim()}`.trimEnd()));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(heading[1]!.length === 1 ? s.underline(heading[2]!) : s.bold(heading[2]!));
      continue;
    }
    out.push(line.replace(/`([^`]+)`/g, (_, code: string) => (color ? s.cyan(code) : `\`${code}\``)).replace(/\*\*([^*]+)\*\*/g, (_, b: string) => s.bold(b)));
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
