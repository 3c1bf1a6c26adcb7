// declared-resources and a model that authenticates with its own credentials: an endpoint serving the
// registered model gives it DATABRICKS_TOKEN (or an OAuth secret) in environment_vars, so the clients in its
// code sign in with that and nothing needs declaring for passthrough (sweep: a bundle endpoint, a PythonModel).
import rule from "../../rules/declared-resources.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const agent = py`
  import mlflow
  from databricks_langchain import ChatDatabricks

  class Agent(mlflow.pyfunc.PythonModel):
      def load_context(self, context):
          self.llm = ChatDatabricks(endpoint="databricks-claude-sonnet-4-5")

      def predict(self, context, model_input):
          return self.llm.invoke(model_input)

  mlflow.pyfunc.log_model(name="agent", python_model=Agent(), registered_model_name="main.agents.analyst")
`;

const endpoint = (model: string, env: string) => ({
  "databricks.yml": yaml`
    bundle:
      name: b
    resources:
      model_serving_endpoints:
        analyst:
          name: analyst
          config:
            served_entities:
              - entity_name: ${model}
                entity_version: "4"
                workload_size: Small
                scale_to_zero_enabled: true
                environment_vars:
                  ${env}: "{{secrets/serving/creds}}"
  `,
});

ruleCases(rule, {
  valid: [
    {
      name: "a bundle endpoint serving the registered model passes it a Databricks token",
      files: { "nb.py": agent, ...endpoint("main.agents.analyst", "DATABRICKS_TOKEN") },
    },
    {
      name: "an OAuth client secret counts the same",
      files: { "nb.py": agent, ...endpoint("main.agents.analyst", "DATABRICKS_CLIENT_SECRET") },
    },
  ],
  invalid: [
    {
      name: "the token goes to another model: this one still relies on passthrough",
      files: { "nb.py": agent, ...endpoint("main.agents.other", "DATABRICKS_TOKEN") },
      errors: [{ line: 6, messageId: "undeclared" }],
    },
    {
      name: "an environment variable that is no Databricks credential",
      files: { "nb.py": agent, ...endpoint("main.agents.analyst", "VENDOR_API_KEY") },
      errors: [{ line: 6, messageId: "undeclared" }],
    },
  ],
});
