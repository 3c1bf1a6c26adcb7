// databricks.agents.deploy(...): the served entity it creates (model name and version, workload
// size, scale to zero, environment variables) is judged like a served entity in YAML.
import schema from "../../../rules/schema.js";
import servedEntities from "../../../rules/served-entities.js";
import ucNames from "../../../rules/uc-names.js";
import { py, ruleCases } from "../../helpers/rule-cases.js";

const notebook = (call: string) => ({
  "deploy_agent.py": `# Databricks notebook source\nfrom databricks import agents\n\n# COMMAND ----------\n\n${call}\n`,
});

ruleCases(servedEntities, {
  valid: [
    { name: "agents.deploy: the documented call", files: notebook(`agents.deploy("main.agents.support", 3, scale_to_zero=True, workload_size="Small")`) },
    { name: "agents.deploy: a size from a widget is not judged", files: notebook(`agents.deploy("main.agents.support", 3, workload_size=dbutils.widgets.get("size"))`) },
    {
      name: "agents.deploy: deploy() of another object is not read",
      files: { "deploy.py": py`model.deploy("main.agents.support", 3, workload_size="small")` },
    },
  ],
  invalid: [
    {
      name: "agents.deploy: workload size in the wrong case, in a notebook export",
      files: notebook(`agents.deploy(model_name="main.agents.support", model_version=3, workload_size="medium")`),
      errors: [{ line: 6, messageId: "sizeCase", message: "\"Medium\"" }],
    },
    {
      name: "agents.deploy: imported as a function; an endpoint name with a space",
      files: { "deploy.py": py`
        from databricks.agents import deploy
        deploy("main.agents.support", "3", endpoint_name="support agent")
      ` },
      errors: [{ line: 2, messageId: "badEndpointName" }],
    },
  ],
});

ruleCases(ucNames, {
  valid: [],
  invalid: [
    {
      name: "agents.deploy: a two-part model name",
      files: notebook(`agents.deploy("agents.support", 3)`),
      errors: [{ line: 6, column: 16, messageId: "wrongParts" }],
    },
  ],
});

ruleCases(schema, {
  valid: [{ name: "agents.deploy: scale_to_zero from a variable is not judged", files: notebook(`agents.deploy("main.a.b", 1, scale_to_zero=flag)`) }],
  invalid: [
    {
      name: "agents.deploy: scale_to_zero as a string",
      files: notebook(`agents.deploy("main.a.b", 1, scale_to_zero="true")`),
      errors: [{ line: 6, messageId: "wrongType", message: "agents.deploy(scale_to_zero=...) should be True or False, found the string \"true\"" }],
    },
  ],
});
