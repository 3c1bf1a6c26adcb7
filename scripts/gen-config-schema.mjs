// Writes the rule ids into schema/serving-ci-config.schema.json (`rules.properties`),
// so editors complete them and show each one's summary. The list comes from
// rules/index.ts through the built CLI (`serving-ci rules --json`): run
// `npm run build` first. __tests__/cli/config-schema.test.ts fails when it is stale.
//
// Unknown ids stay allowed by the schema (additionalProperties): the config
// loader reports them with a did-you-mean and their line, which ajv could not.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../schema/serving-ci-config.schema.json", import.meta.url);
const cli = new URL("../dist/cli/index.js", import.meta.url);
const rules = JSON.parse(execFileSync(process.execPath, [cli.pathname, "rules", "--json"], { encoding: "utf8" }));
const schema = JSON.parse(readFileSync(file, "utf8"));
schema.properties.rules.properties = Object.fromEntries(
  rules.map((r) => [r.id, { description: `${r.summary} (default: ${r.severity}). ${r.docsUrl}`, enum: ["off", "warn", "error"] }]),
);
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`schema/serving-ci-config.schema.json: ${rules.length} rule ids`);
