import type { Formatter } from "./format.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, markdown, junit, gitlab };
