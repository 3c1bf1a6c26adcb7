// An OpenAI client whose base URL is set at run time may or may not reach Databricks: a literal
// `databricks-...` model id that the catalog retired is certain, a near miss or another id is not ours.
import declaredResources from "../../rules/declared-resources.js";
import fmEndpointName from "../../rules/fm-endpoint-name.js";
import fmEndpointRetired from "../../rules/fm-endpoint-retired.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const client = (construct: string, model: string) => ({
  "app.py": py`
    import os
    from openai import OpenAI
    client = ${construct}
    reply = client.chat.completions.create(model="${model}", messages=[])
  `,
});
const FROM_ENV = `OpenAI(api_key=os.environ["DATABRICKS_TOKEN"], base_url=os.environ["DATABRICKS_BASE_URL"])`;

ruleCases(fmEndpointRetired, {
  valid: [
    { name: "a current Databricks endpoint through a run-time base URL", files: client(FROM_ENV, "databricks-meta-llama-3-3-70b-instruct") },
    { name: "a retired id sent to a base URL that is not Databricks'", files: client(`OpenAI(base_url="https://api.openai.com/v1")`, "databricks-dbrx-instruct") },
    { name: "another provider's model id", files: client(FROM_ENV, "gpt-4o") },
  ],
  invalid: [
    {
      name: "a retired endpoint through a base URL read from the environment",
      files: client(FROM_ENV, "databricks-meta-llama-3-1-405b-instruct"),
      errors: [{ line: 4, column: 47, messageId: "retiredOn" }],
    },
    {
      name: "a retired endpoint through a client with no base URL (OPENAI_BASE_URL)",
      files: client("OpenAI()", "databricks-dbrx-instruct"),
      errors: [{ line: 4, messageId: "retired" }],
    },
  ],
});

// The OpenAI Agents SDK sends `Agent(model=...)` to the default client the program set: the same judgement.
const sdkAgent = (model: string, from = "agents") => ({
  "agent.py": py`
    from ${from} import Agent, OpenAIChatCompletionsModel
    assistant = Agent(name="helper", instructions="Be brief.", model="${model}")
    planner = OpenAIChatCompletionsModel(model="${model}", openai_client=client)
  `,
});

ruleCases(fmEndpointRetired, {
  valid: [
    { name: "agents SDK: a current endpoint", files: sdkAgent("databricks-claude-sonnet-4-5") },
    { name: "agents SDK: another provider's model", files: sdkAgent("gpt-4o") },
    { name: "another package's Agent", files: sdkAgent("databricks-dbrx-instruct", "crew.local") },
  ],
  invalid: [
    {
      name: "agents SDK: a retired endpoint as Agent(model=...) and as a model class's model",
      files: sdkAgent("databricks-dbrx-instruct"),
      errors: [{ line: 2, messageId: "retired" }, { line: 3, messageId: "retired" }],
    },
  ],
});

ruleCases(fmEndpointName, {
  valid: [
    { name: "a near miss through a client that may not be Databricks' is not judged", files: client(FROM_ENV, "databricks-meta-llama-3-3-70b-instuct") },
    // Sweep: a custom endpoint's own server (sglang) behind its invocations URL takes its own model ids.
    {
      name: "a base URL that goes on to one endpoint's invocations",
      files: client(`OpenAI(api_key="x", base_url=f"https://{os.environ['HOST']}/serving-endpoints/llava-next/invocations")`, "lmms-lab/llama3-llava-next-8b"),
    },
    { name: "agents SDK: a near miss may be another provider's id", files: sdkAgent("databricks-claude-sonet-4-5") },
    {
      name: "another package's class named OpenAI",
      files: {
        "app.py": py`
          from compat.openai import OpenAI
          client = OpenAI(base_url="https://example.cloud.databricks.com/serving-endpoints", api_key="x")
          reply = client.chat.completions.create(model="lmms-lab/llama3-llava-next-8b", messages=[])
        `,
      },
    },
  ],
  invalid: [
    {
      name: "the same near miss through a Databricks client is",
      files: client(`OpenAI(api_key="x", base_url=f"{os.environ['HOST']}/serving-endpoints")`, "databricks-meta-llama-3-3-70b-instuct"),
      errors: [{ line: 4, messageId: "unknownNear" }],
    },
  ],
});

ruleCases(declaredResources, {
  valid: [
    {
      name: "a model id through a client that may not be Databricks' is neither a use to declare nor proof a declared one is unused",
      files: {
        ...client(FROM_ENV, "databricks-meta-llama-3-1-405b-instruct"),
        "log_model.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="agent", python_model="app.py", resources=[DatabricksServingEndpoint(endpoint_name="databricks-claude-sonnet-4-5")])
        `,
      },
    },
  ],
  invalid: [],
});
