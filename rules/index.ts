// Every rule, sorted by id. The `rules` command, the docs test and the engine read this list.
import type { Rule } from "../src/lint/define-rule.js";
import fmEndpointName from "./fm-endpoint-name.js";
import fmEndpointRetired from "./fm-endpoint-retired.js";
import parse from "./parse.js";
import schema from "./schema.js";
import secretsInEnv from "./secrets-in-env.js";
import servedEntities from "./served-entities.js";
import trafficConfig from "./traffic-config.js";
import ucNames from "./uc-names.js";
import unusedSuppression from "./unused-suppression.js";

export const RULES: readonly Rule[] = [
  fmEndpointName, fmEndpointRetired, parse, schema, secretsInEnv, servedEntities, trafficConfig, ucNames, unusedSuppression,
];
