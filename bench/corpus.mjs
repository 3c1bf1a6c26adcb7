// Generates a synthetic repository of N endpoint projects, each a realistic
// agent: serving.yaml, agent.py (~150 lines), log_model.py and a Databricks
// notebook export. Every project lints clean, so the benchmark measures the
// linter's work, not its reporting.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** `notebook: false` leaves out the notebook export: the typical project is serving.yaml, agent.py and log_model.py. */
export function generateCorpus(dir, n, { notebook = true } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, ".git"), { recursive: true });
  for (let i = 0; i < n; i++) {
    const p = path.join(dir, `proj-${String(i).padStart(4, "0")}`);
    mkdirSync(p, { recursive: true });
    writeFileSync(path.join(p, "serving.yaml"), servingYaml(i));
    writeFileSync(path.join(p, "agent.py"), agentPy(i));
    writeFileSync(path.join(p, "log_model.py"), logModelPy(i));
    if (notebook) writeFileSync(path.join(p, "evaluate_notebook.py"), notebookPy(i));
  }
}

const LLMS = ["databricks-meta-llama-3-3-70b-instruct", "databricks-claude-sonnet-4-5", "databricks-gpt-5-mini", "databricks-gemini-2-5-flash"];

function servingYaml(i) {
  return `# yaml-language-server: $schema=../../schema/serving.schema.json
version: 1
endpoint:
  name: agent-${i}
  served_entities:
    - name: agent-${i}-7
      entity_name: main.agents.agent_${i}
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
      environment_vars:
        VENDOR_API_KEY: "{{secrets/agents/vendor_key_${i}}}"
        LOG_LEVEL: INFO
    - name: agent-${i}-8
      entity_name: main.agents.agent_${i}
      entity_version: "8"
      workload_size: Small
      scale_to_zero_enabled: true
  traffic_config:
    routes:
      - {served_entity_name: agent-${i}-7, traffic_percentage: 90}
      - {served_entity_name: agent-${i}-8, traffic_percentage: 10}
  tags: [{key: team, value: team-${i % 7}}]
model:
  code: [agent.py, log_model.py]
  pip_requirements:
    - mlflow==3.6.0
    - databricks-langchain==0.8.1
    - langgraph==0.3.4
    - databricks-agents==1.2.0
    - pydantic==2.11.7
  resources:
    serving_endpoints: [${LLMS[i % LLMS.length]}, databricks-gte-large-en]
    vector_search_indexes: [main.support.docs_index_${i}]
    functions: [main.support.lookup_order_${i}]
  input_example: {input: [{role: user, content: "Where is my order?"}]}
deploy:
  job: deploy-agent-${i}
  parameters: {model_name: main.agents.agent_${i}, version: "8", endpoint_name: agent-${i}}
  timeout: 45m
`;
}

function agentPy(i) {
  const helpers = Array.from({ length: 12 }, (_, k) => `
def format_section_${k}(title: str, body: str) -> str:
    """Formats one section of the answer."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return f"## {title}\\n" + "\\n".join(lines)
`).join("");
  return `"""Support agent ${i}: LangGraph tool-calling agent served as an MLflow ResponsesAgent."""
from typing import Any, Generator
from uuid import uuid4

import mlflow
from databricks_langchain import ChatDatabricks, DatabricksEmbeddings, UCFunctionToolkit, VectorSearchRetrieverTool
from langgraph.prebuilt import create_react_agent
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse, ResponsesAgentStreamEvent

LLM_ENDPOINT = "${LLMS[i % LLMS.length]}"
EMBEDDING_ENDPOINT = "databricks-gte-large-en"
INDEX_NAME = "main.support.docs_index_${i}"
SYSTEM_PROMPT = "You are a helpful support agent. Use the tools to answer."

llm = ChatDatabricks(endpoint=LLM_ENDPOINT, temperature=0.1)
retriever = VectorSearchRetrieverTool(
    index_name=INDEX_NAME,
    num_results=5,
    embedding=DatabricksEmbeddings(endpoint=EMBEDDING_ENDPOINT),
)
toolkit = UCFunctionToolkit(function_names=["main.support.lookup_order_${i}"])
tools = [retriever, *toolkit.tools]
graph = create_react_agent(llm, tools, prompt=SYSTEM_PROMPT)
${helpers}

class SupportAgent(ResponsesAgent):
    def __init__(self, agent):
        self.agent = agent

    def _messages(self, request: ResponsesAgentRequest) -> list[dict[str, Any]]:
        messages = [{"role": "system", "content": SYSTEM_PROMPT}]
        for item in request.input:
            data = item.model_dump()
            messages.append({"role": data["role"], "content": data["content"]})
        return messages

    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        outputs = [
            event.item
            for event in self.predict_stream(request)
            if event.type == "response.output_item.done"
        ]
        return ResponsesAgentResponse(output=outputs, custom_outputs={"agent": ${i}})

    def predict_stream(self, request: ResponsesAgentRequest) -> Generator[ResponsesAgentStreamEvent, None, None]:
        item_id = str(uuid4())
        text = ""
        for chunk in self.agent.stream({"messages": self._messages(request)}, stream_mode="messages"):
            message = chunk[0]
            if getattr(message, "content", None):
                text += message.content
                yield ResponsesAgentStreamEvent(**self.create_text_delta(delta=message.content, item_id=item_id))
        yield ResponsesAgentStreamEvent(
            type="response.output_item.done",
            item=self.create_text_output_item(text=text, id=item_id),
        )


AGENT = SupportAgent(graph)
mlflow.models.set_model(AGENT)
`;
}

function logModelPy(i) {
  return `import mlflow
from mlflow.models.resources import DatabricksFunction, DatabricksServingEndpoint, DatabricksVectorSearchIndex

from agent import EMBEDDING_ENDPOINT, INDEX_NAME, LLM_ENDPOINT

mlflow.set_registry_uri("databricks-uc")

with mlflow.start_run():
    info = mlflow.pyfunc.log_model(
        name="agent",
        python_model="agent.py",
        pip_requirements=[
            "mlflow==3.6.0",
            "databricks-langchain==0.8.1",
            "langgraph==0.3.4",
            "databricks-agents==1.2.0",
            "pydantic==2.11.7",
        ],
        resources=[
            DatabricksServingEndpoint(endpoint_name=LLM_ENDPOINT),
            DatabricksServingEndpoint(endpoint_name=EMBEDDING_ENDPOINT),
            DatabricksVectorSearchIndex(index_name=INDEX_NAME),
            DatabricksFunction(function_name="main.support.lookup_order_${i}"),
        ],
        input_example={"input": [{"role": "user", "content": "Where is my order?"}]},
        registered_model_name="main.agents.agent_${i}",
    )
print(info.model_uri)
`;
}

function notebookPy(i) {
  return `# Databricks notebook source
# MAGIC %md
# MAGIC # Evaluate agent ${i}

# COMMAND ----------

# MAGIC %pip install -U mlflow databricks-agents
# MAGIC dbutils.library.restartPython()

# COMMAND ----------

import mlflow

eval_set = [{"request": {"input": [{"role": "user", "content": "Where is order ${i}?"}]}}]
results = mlflow.genai.evaluate(data=eval_set, predict_fn=lambda request: request)
display(results.tables["eval_results"])
`;
}
