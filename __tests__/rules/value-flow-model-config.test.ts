// MLflow model config through the evaluator (evaluate/model-config.ts): the development
// config a ModelConfig reads and the config log_model gives the model are each a source
// some run really reads, so a retired literal there fires at its YAML (or dict) line with
// the Python use as related location; a check that needs the value on every path stays silent.
import declared from "../../rules/declared-resources.js";
import retired from "../../rules/fm-endpoint-retired.js";
import { describe } from "vitest";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const RETIRED = "databricks-claude-3-7-sonnet"; // retired 2026-04-12 (rules/data)
const CURRENT = "databricks-meta-llama-3-3-70b-instruct";

const agentReading = (read: string, config = `development_config="agent_config.yaml"`) => py`
  import mlflow
  from databricks_langchain import ChatDatabricks
  config = mlflow.models.ModelConfig(${config})
  llm = ChatDatabricks(endpoint=${read})
`;

describe("fm-endpoint-retired through model config", () => {
  ruleCases(retired, {
    valid: [
      { name: "the development config file is missing", files: { "agent.py": agentReading(`config.get("llm_endpoint")`) } },
      { name: "a key the YAML does not have (ModelConfig.get raises)", files: {
        "agent.py": agentReading(`config.get("endpoint")`),
        "agent_config.yaml": yaml`
          llm_endpoint: ${RETIRED}
        `,
      } },
      { name: "a YAML that does not parse, and one that is a list", files: {
        "agent.py": agentReading(`config.get("llm_endpoint")`),
        "other.py": agentReading(`config.get("llm_endpoint")`, `development_config="list.yaml"`),
        "agent_config.yaml": "llm_endpoint: [" + RETIRED + "\n",
        "list.yaml": yaml`
          - llm_endpoint: ${RETIRED}
        `,
      } },
      // The path is computed at run time: which file is read is unknown.
      { name: "a computed development_config path", files: {
        "agent.py": agentReading(`config.get("llm_endpoint")`, `development_config=os.path.join(here, "agent_config.yaml")`),
        "agent_config.yaml": yaml`
          llm_endpoint: ${RETIRED}
        `,
      } },
      // ModelConfig() reads only what log_model gives this module; here it logs another file.
      { name: "ModelConfig() in a module no log call gives a config", files: {
        "agent.py": agentReading(`config.get("llm_endpoint")`, ""),
        "log.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="other.py", model_config={"llm_endpoint": "${RETIRED}"})
        `,
      } },
      { name: "a current endpoint in the config", files: {
        "agent.py": agentReading(`config.get("llm")["endpoint"]`),
        "agent_config.yaml": yaml`
          llm:
            endpoint: ${CURRENT}
        `,
      } },
    ],
    invalid: [
      { name: "ModelConfig(development_config=YAML).get(key)", files: {
        "agent.py": agentReading(`config.get("llm_endpoint")`),
        "agent_config.yaml": yaml`
          # the agent's settings
          llm_endpoint: ${RETIRED}
          temperature: 0.1
        `,
      }, errors: [{ file: "agent_config.yaml", line: 2, column: 15, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "nested .get(...)[...] and .to_dict()[...][...]", files: {
        "agent.py": py`
          from mlflow.models import ModelConfig
          from databricks_langchain import ChatDatabricks
          cfg = ModelConfig(development_config="conf/agent.yaml")
          llm = ChatDatabricks(endpoint=cfg.get("llm")["endpoint"])
          judge = ChatDatabricks(endpoint=cfg.to_dict()["judge"]["endpoint"])
        `,
        "conf/agent.yaml": yaml`
          llm:
            endpoint: "${RETIRED}"
          judge:
            endpoint: ${RETIRED}
        `,
      }, errors: [
        { file: "conf/agent.yaml", line: 2, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] },
        { file: "conf/agent.yaml", line: 4, messageId: "retiredOn", related: ["agent.py:5 used by ChatDatabricks(endpoint=...)"] },
      ] },
      { name: "a dict development_config", files: {
        "agent.py": agentReading(`config.get("llm_endpoint")`, `development_config={"llm_endpoint": "${RETIRED}"}`),
      }, errors: [{ line: 3, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] }] },
      // The logged config wins over the development one when the model is logged; both are read by some run.
      { name: "ModelConfig() reads the YAML log_model gives the model", files: {
        "agent.py": agentReading(`config.get("llm_endpoint")`, ""),
        "log.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", model_config="configs/prod.yaml")
        `,
        "configs/prod.yaml": yaml`
          llm_endpoint: ${RETIRED}
        `,
      }, errors: [{ file: "configs/prod.yaml", line: 1, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "the development config and the logged dict are both read", files: {
        "agent.py": agentReading(`config.get("llm_endpoint")`),
        "agent_config.yaml": yaml`
          llm_endpoint: ${RETIRED}
        `,
        "log.py": py`
          import mlflow
          CONFIG = {"llm_endpoint": "${RETIRED}"}
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", model_config=CONFIG)
        `,
      }, errors: [
        { file: "agent_config.yaml", line: 1, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] },
        { file: "log.py", line: 2, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] },
      ] },
    ],
  });
});

describe("declared-resources through model config", () => {
  ruleCases(declared, {
    valid: [
      // The config a run reads is one of several sources: the endpoint is not certain on every path.
      { name: "an endpoint from the config, another one declared", files: {
        "agent.py": py`
          import mlflow
          from databricks_langchain import ChatDatabricks
          config = mlflow.models.ModelConfig(development_config="agent_config.yaml")
          llm = ChatDatabricks(endpoint=config.get("llm_endpoint"))
          mlflow.models.set_model(llm)
        `,
        "agent_config.yaml": yaml`
          llm_endpoint: ${CURRENT}
        `,
        "log.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="my-endpoint")])
        `,
      } },
    ],
    invalid: [],
  });
});
