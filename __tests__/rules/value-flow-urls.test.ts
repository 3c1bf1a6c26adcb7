// Endpoint names inside URL literals (bind/endpoint-urls.ts): the literal segment after
// /serving-endpoints/ of an invocation URL or a REST path is an endpoint reference,
// reported at the name's own columns, and only when the whole segment is literal.
import nameRule from "../../rules/fm-endpoint-name.js";
import retired from "../../rules/fm-endpoint-retired.js";
import { describe } from "vitest";
import { py, ruleCases } from "../helpers/rule-cases.js";

const RETIRED = "databricks-claude-3-7-sonnet"; // retired 2026-04-12 (rules/data)

describe("fm-endpoint-retired in URLs", () => {
  ruleCases(retired, {
    valid: [
      { name: "a segment computed at run time, wholly or in part", files: { "client.py": py`
        import requests
        requests.post(f"{host}/serving-endpoints/{name}/invocations", json=body)
        requests.post(f"{host}/serving-endpoints/${RETIRED}{suffix}/invocations", json=body)
        requests.post(f"{host}/serving-endpoints/" + name + "/invocations", json=body)
        requests.get("/api/2.0/serving-endpoints/{}".format(name))
      ` } },
      // Not endpoint names: the OpenAI-compatible routes, the provisioned-throughput route, placeholders, a docstring.
      { name: "routes, placeholders and docstrings", files: { "client.py": py`
        def call(host):
            """POST https://host/serving-endpoints/${RETIRED}/invocations"""
            requests.post(f"{host}/serving-endpoints/chat/completions", json={})
            requests.post(f"{host}/api/2.0/serving-endpoints/pt", json={})
            requests.post(f"{host}/serving-endpoints/<endpoint-name>/invocations", json={})
            requests.post(f"{host}/serving-endpoints/${RETIRED}", json={})
      ` } },
    ],
    invalid: [
      { name: "an invocation URL in an f-string, and a REST path", files: { "client.py": py`
        import requests
        URL = f"{host}/serving-endpoints/${RETIRED}/invocations"
        resp = requests.get("https://adb-1.azuredatabricks.net/api/2.0/serving-endpoints/${RETIRED}")
        requests.get(f"{host}/api/2.0/serving-endpoints/${RETIRED}/config?x=1")
      ` }, errors: [
        { line: 2, column: 34, endColumn: 62, messageId: "retiredOn" },
        { line: 3, column: 82, messageId: "retiredOn" },
        { line: 4, column: 49, messageId: "retiredOn" },
      ] },
    ],
  });
});

describe("fm-endpoint-name in URLs", () => {
  ruleCases(nameRule, {
    valid: [
      { name: "an exact catalog name", files: { "client.py": py`
        URL = f"{host}/serving-endpoints/databricks-meta-llama-3-3-70b-instruct/invocations"
      ` } },
    ],
    invalid: [
      // The fix edits the name inside the string and nothing around it.
      { name: "a misspelled name, fixed in place", files: { "client.py": py`
        URL = f"{host}/serving-endpoints/databricks-meta-llama-3-3-70b-instuct/invocations"
      ` }, errors: [{ line: 1, column: 34 }], output: { "client.py": py`
        URL = f"{host}/serving-endpoints/databricks-meta-llama-3-3-70b-instruct/invocations"
      ` } },
    ],
  });
});
