// Every rule, sorted by id. The `rules` command, the docs test and the engine read this list.
import type { Rule } from "../src/lint/define-rule.js";
import parse from "./parse.js";
import schema from "./schema.js";
import trafficConfig from "./traffic-config.js";
import unusedSuppression from "./unused-suppression.js";

export const RULES: readonly Rule[] = [parse, schema, trafficConfig, unusedSuppression];
