"""Logs the support agent (models-from-code) and registers it in Unity Catalog."""

import mlflow
from mlflow.models.resources import DatabricksFunction, DatabricksServingEndpoint, DatabricksVectorSearchIndex

from agent import DOCS_INDEX, LLM_ENDPOINT

mlflow.set_registry_uri("databricks-uc")

resources = [
    DatabricksServingEndpoint(endpoint_name=LLM_ENDPOINT),
    DatabricksVectorSearchIndex(index_name=DOCS_INDEX),
    DatabricksFunction(function_name="main.support.lookup_order"),
    DatabricksFunction(function_name="main.support.refund_status"),
]

with mlflow.start_run():
    info = mlflow.pyfunc.log_model(
        name="agent",
        python_model="agent.py",
        pip_requirements=[
            "mlflow==3.6.0",
            "databricks-langchain==0.8.1",
            "langgraph==0.3.4",
            "pydantic==2.11.7",
        ],
        resources=resources,
        input_example={"input": [{"role": "user", "content": "Where is my order 1042?"}]},
        registered_model_name="main.agents.support_agent",
    )

print(f"registered {info.registered_model_version}")
