# Databricks notebook source
# MAGIC %md
# MAGIC # FAQ agent
# MAGIC Writes `faq_agent.py`, tests it, then logs it as models-from-code.

# COMMAND ----------

# MAGIC %pip install -U mlflow databricks-openai
# MAGIC %restart_python

# COMMAND ----------

# MAGIC %%writefile faq_agent.py
# MAGIC import mlflow
# MAGIC from databricks_openai import DatabricksOpenAI
# MAGIC from mlflow.pyfunc import ResponsesAgent
# MAGIC from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse
# MAGIC
# MAGIC LLM_ENDPOINT = "databricks-gpt-5-mini"
# MAGIC
# MAGIC
# MAGIC class FaqAgent(ResponsesAgent):
# MAGIC     def __init__(self):
# MAGIC         self.client = DatabricksOpenAI()
# MAGIC
# MAGIC     def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
# MAGIC         messages = self.prep_msgs_for_cc_llm([i.model_dump() for i in request.input])
# MAGIC         reply = self.client.chat.completions.create(model=LLM_ENDPOINT, messages=messages)
# MAGIC         text = reply.choices[0].message.content
# MAGIC         return ResponsesAgentResponse(output=[self.create_text_output_item(text=text, id=reply.id)])
# MAGIC
# MAGIC
# MAGIC mlflow.models.set_model(FaqAgent())

# COMMAND ----------

import mlflow
from mlflow.models.resources import DatabricksServingEndpoint

mlflow.set_registry_uri("databricks-uc")
with mlflow.start_run():
    mlflow.pyfunc.log_model(
        name="faq_agent",
        python_model="faq_agent.py",
        pip_requirements=[f"mlflow=={mlflow.__version__}", "databricks-openai==0.6.1"],
        resources=[DatabricksServingEndpoint(endpoint_name="databricks-gpt-5-mini")],
        registered_model_name="main.agents.faq_agent",
    )
