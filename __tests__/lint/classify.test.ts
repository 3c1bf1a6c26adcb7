// The classifier's table: content decides, the name only breaks ties for files
// that are broken or half our shape.
import { describe, expect, it } from "vitest";
import { classifyPython, classifyYaml } from "../../src/lint/classify.js";
import { LineIndex } from "../../src/lint/line-index.js";
import { parseYaml } from "../../src/lint/yaml/parse-yaml.js";

function kindOf(text: string, name: string) {
  const parsed = parseYaml(name, new LineIndex(text));
  return classifyYaml(parsed.root, name, parsed.problems.length === 0);
}

describe("classifyYaml", () => {
  const cases: [string, string, string][] = [
    ["version: 1\nendpoint: {name: a}\n", "anything.yaml", "serving"],
    ["version: 1\nmodel: {code: [a.py]}\n", "x.yml", "serving"],
    ["endpoint: {name: a}\n", "serving.yaml", "serving"], // our name, half our shape: the schema rule says what is missing
    ["endpoint: {name: a}\n", "other.yaml", "other"], // not named ours and no version: someone else's
    ["version: 1\nendpont: {name: a}\n", "serving.yml", "serving"], // a typo in our own file is still ours
    ["bundle: {name: b}\nresourcez: {}\n", "databricks.yml", "bundle"],
    ["bundle: {name: b}\n", "whatever.yml", "bundle"],
    ["resources:\n  model_serving_endpoints:\n    a: {name: a}\n", "serving.yml", "bundle-fragment"],
    ["resources:\n  jobs:\n    j: {name: j}\n", "databricks.yml", "bundle"], // a root without bundle: is still the root by name
    ["targets:\n  dev:\n    workspace: {host: x}\n  prod:\n", "targets.yml", "bundle-fragment"],
    // MLflow model configs with a top-level resources: key are not bundles.
    ["llm_endpoint: x\nresources:\n  serving_endpoints: [x]\n", "config.yaml", "other"],
    ["resources:\n  serving_endpoints: [x]\n", "config.yaml", "other"],
    ["resources:\n  llm: {endpoint: x}\n", "config.yaml", "other"],
    ["resources: [a]\n", "serving.yml", "other"],
    // The bundle schema takes extra top-level keys (YAML anchors, databricks/cli#2200): bundle types alone then decide.
    ["defaults: &d {workload_size: Small}\nresources:\n  model_serving_endpoints:\n    a: {name: a}\n", "serving.yml", "bundle-fragment"],
    ["x-tags: &t {team: x}\nbundle: {name: b}\n", "databricks.yml", "bundle"],
    ["image: x\nresources:\n  limits: {cpu: {a: 1}}\n", "values.yaml", "other"],
    ["common: &c {a: 1}\nresources: {}\n", "x.yml", "other"],
    ["common: &c {a: 1}\ntargets:\n  dev: {}\n", "x.yml", "other"],
    ["a: [unclosed\n", "serving.yaml", "serving"], // broken, named ours: reported
    ["a: [unclosed\n", "values.yaml", "other"], // broken, someone else's: skipped
    ["", "databricks.yml", "bundle"],
    ["on: push\njobs: {build: {runs-on: x}}\n", "ci.yml", "other"],
  ];
  for (const [text, name, kind] of cases) {
    it(`${name}: ${JSON.stringify(text.slice(0, 40))} → ${kind}`, () => expect(kindOf(text, name)).toBe(kind));
  }
});

describe("classifyPython", () => {
  it("tells a notebook export by its first line only", () => {
    expect(classifyPython("# Databricks notebook source\nx = 1\n")).toBe("notebook-export");
    expect(classifyPython("# Databricks notebook source\r\nx = 1\r\n")).toBe("notebook-export");
    expect(classifyPython("import os\n# Databricks notebook source\n")).toBe("python");
  });
});
