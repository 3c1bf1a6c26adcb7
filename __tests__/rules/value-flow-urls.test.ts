// Endpoint names inside URL literals (bind/endpoint-urls.ts): the literal segment after
// /serving-endpoints/ of an invocation URL or a REST path is an endpoint reference,
// reported at the name's own columns, and only when the whole segment is literal.
// A segment that is one f-string hole `{X}` is a reference at X's literal when the
// evaluator knows X as one string, with the URL as related location.
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
      // The hole's value is not one certain string, or the text is not str(X) itself: which endpoint is reached is not known.
      { name: "a hole segment whose value is not one known name", files: { "client.py": py`
        import os, requests
        FAST = "${RETIRED}"
        PICK = FAST if os.environ.get("FAST") else "databricks-gpt-oss-20b"
        def call(host, endpoint="${RETIRED}"):
            return requests.post(f"{host}/serving-endpoints/{endpoint}/invocations", json={})
        requests.post(f"{host}/serving-endpoints/{PICK}/invocations", json={})
        requests.post(f"{host}/serving-endpoints/{os.environ['EP']}/invocations", json={})
        requests.post(f"{host}/serving-endpoints/{FAST!r}/invocations", json={})
        requests.post(f"{host}/serving-endpoints/{FAST:>40}/invocations", json={})
        requests.post(f"{host}/serving-endpoints/{FAST}-v2/invocations", json={})
        requests.post(f"{host}/serving-endpoints/agent-{FAST}/invocations", json={})
        requests.post(f"{host}/serving-endpoints/{FAST}{FAST}/invocations", json={})
        requests.post(f"{host}/serving-endpoints/{FAST}/chat/completions", json={})
      ` } },
      // Out of scope: .format() and % formatting are not followed into the name segment.
      { name: "str.format and % formatting", files: { "client.py": py`
        import requests
        NAME = "${RETIRED}"
        requests.post("{}/serving-endpoints/{}/invocations".format(host, NAME), json={})
        requests.post("%s/serving-endpoints/%s/invocations" % (host, NAME), json={})
      ` } },
      { name: "a hole in the REST path naming the provisioned-throughput route", files: { "client.py": py`
        import requests
        ROUTE = "pt"
        requests.post(f"{host}/api/2.0/serving-endpoints/{ROUTE}", json={})
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
      { name: "a module constant filling the name segment, reported at the constant", files: { "client.py": py`
        import requests
        LLM_ENDPOINT = "${RETIRED}"
        def ask(host, body):
            url = f"{host}/serving-endpoints/{LLM_ENDPOINT}/invocations"
            return requests.post(url, json=body)
        requests.get(f"{host}/api/2.0/serving-endpoints/{LLM_ENDPOINT}")
      ` }, errors: [
        { line: 2, column: 17, endColumn: 45, messageId: "retiredOn", related: ["client.py:4 used by the /serving-endpoints/ URL"] },
      ] },
      { name: "an imported constant and a helper's return, across modules", files: {
        "config.py": py`
          ENDPOINT = "${RETIRED}"
          def judge_endpoint():
              return "${RETIRED}"
        `,
        "client.py": py`
          import requests
          from config import ENDPOINT, judge_endpoint
          requests.post(f"{host}/serving-endpoints/{ENDPOINT}/invocations", json={})
          requests.post(f"{host}/api/2.0/serving-endpoints/{judge_endpoint()}/config", json={})
        `,
      }, errors: [
        { file: "config.py", line: 1, messageId: "retiredOn", related: ["client.py:3 used by the /serving-endpoints/ URL"] },
        { file: "config.py", line: 3, messageId: "retiredOn", related: ["client.py:4 used by the /serving-endpoints/ URL"] },
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
      { name: "an exact catalog name held by a constant", files: { "client.py": py`
        MODEL = "databricks-meta-llama-3-3-70b-instruct"
        URL = f"{host}/serving-endpoints/{MODEL}/invocations"
      ` } },
      // A value with a "/" or "?" is more than the name segment: the URL does not reach an endpoint so named.
      { name: "a constant that is more than one path segment", files: { "client.py": py`
        MODEL = "databricks-meta-llama-3-3-70b-instuct/v2"
        URL = f"{host}/serving-endpoints/{MODEL}/invocations"
      ` } },
    ],
    invalid: [
      // The fix edits the name inside the string and nothing around it.
      { name: "a misspelled name, fixed in place", files: { "client.py": py`
        URL = f"{host}/serving-endpoints/databricks-meta-llama-3-3-70b-instuct/invocations"
      ` }, errors: [{ line: 1, column: 34 }], output: { "client.py": py`
        URL = f"{host}/serving-endpoints/databricks-meta-llama-3-3-70b-instruct/invocations"
      ` } },
      { name: "a misspelled name in a constant, fixed at the constant", files: { "client.py": py`
        MODEL = "databricks-meta-llama-3-3-70b-instuct"
        URL = f"{host}/serving-endpoints/{MODEL}/invocations"
      ` }, errors: [{ line: 1, column: 10, related: ["client.py:2 used by the /serving-endpoints/ URL"] }], output: { "client.py": py`
        MODEL = "databricks-meta-llama-3-3-70b-instruct"
        URL = f"{host}/serving-endpoints/{MODEL}/invocations"
      ` } },
    ],
  });
});
