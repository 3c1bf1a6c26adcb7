// Environment variables read back in model code (evaluate/environment.ts, serving-env.ts):
// the serving.yaml that runs a module gives os.environ["X"] its value; a literal there
// fires at its YAML line with the Python read as related location. Where another
// endpoint may serve the code (a bundle, Python that deploys), nothing is judged.
import retired from "../../rules/fm-endpoint-retired.js";
import { describe } from "vitest";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const RETIRED = "databricks-claude-3-7-sonnet"; // retired 2026-04-12 (rules/data)
const CURRENT = "databricks-meta-llama-3-3-70b-instruct";

const serving = (env: string, code = "[agent.py]") => yaml`
  version: 1
  endpoint:
    name: support-agent
    served_entities:
      - name: support-agent-7
        entity_name: main.agents.support_agent
        entity_version: "7"
        workload_size: Small
        scale_to_zero_enabled: true
        environment_vars:
          ${env}
  model:
    code: ${code}
`;

const agent = (read: string) => py`
  import os
  from databricks_langchain import ChatDatabricks
  llm = ChatDatabricks(endpoint=${read})
`;

describe("fm-endpoint-retired through environment variables", () => {
  ruleCases(retired, {
    valid: [
      // The serving environment sets the variable: getenv's default never runs there.
      { name: "getenv's default when the endpoint sets the variable", files: {
        "serving.yaml": serving(`LLM_ENDPOINT: ${CURRENT}`),
        "agent.py": agent(`os.getenv("LLM_ENDPOINT", "${RETIRED}")`),
      } },
      { name: "a secret reference, and a variable the endpoint does not set", files: {
        "serving.yaml": serving(`LLM_ENDPOINT: "{{secrets/agents/llm}}"`),
        "agent.py": py`
          import os
          from databricks_langchain import ChatDatabricks
          ChatDatabricks(endpoint=os.environ["LLM_ENDPOINT"])
          ChatDatabricks(endpoint=os.environ["OTHER"])
        `,
      } },
      { name: "a module the serving.yaml does not run", files: {
        "serving.yaml": serving(`LLM_ENDPOINT: ${RETIRED}`),
        "agent.py": agent(`"${CURRENT}"`),
        "scratch.py": agent(`os.environ["LLM_ENDPOINT"]`),
      } },
      // A bundle endpoint may serve the same model with another environment.
      { name: "a bundle in the run", files: {
        "serving.yaml": serving(`LLM_ENDPOINT: ${RETIRED}`),
        "agent.py": agent(`os.environ["LLM_ENDPOINT"]`),
        "databricks.yml": yaml`
          bundle:
            name: agents
        `,
      } },
      { name: "Python that deploys the agent itself", files: {
        "serving.yaml": serving(`LLM_ENDPOINT: ${RETIRED}`),
        "agent.py": agent(`os.environ["LLM_ENDPOINT"]`),
        "deploy.py": py`
          from databricks import agents
          agents.deploy("main.agents.support_agent", 7, environment_vars={"LLM_ENDPOINT": "${CURRENT}"})
        `,
      } },
    ],
    invalid: [
      { name: "os.environ[...] and os.environ.get(...) in the code serving.yaml runs", files: {
        "serving.yaml": serving(`LLM_ENDPOINT: ${RETIRED}`),
        "agent.py": py`
          import os
          from os import environ
          from databricks_langchain import ChatDatabricks
          llm = ChatDatabricks(endpoint=os.environ["LLM_ENDPOINT"])
          judge = ChatDatabricks(endpoint=environ.get("LLM_ENDPOINT"))
        `,
      }, errors: [{ file: "serving.yaml", line: 11, column: 23, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "a helper module the agent imports", files: {
        "serving.yaml": serving(`LLM_ENDPOINT: "${RETIRED}"`),
        "agent.py": py`
          from llm import make
          llm = make()
        `,
        "llm.py": py`
          import os
          from databricks_langchain import ChatDatabricks
          def make():
              return ChatDatabricks(endpoint=os.environ["LLM_ENDPOINT"])
        `,
      }, errors: [{ file: "serving.yaml", line: 11, messageId: "retiredOn", related: ["llm.py:4 used by ChatDatabricks(endpoint=...)"] }] },
      // No entity sets the variable: getenv's default is what the endpoint runs with.
      { name: "getenv's default when no endpoint sets the variable", files: {
        "serving.yaml": serving(`OTHER: x`),
        "agent.py": agent(`os.getenv("LLM_ENDPOINT", "${RETIRED}")`),
      }, errors: [{ file: "agent.py", line: 3, messageId: "retiredOn" }] },
    ],
  });
});
