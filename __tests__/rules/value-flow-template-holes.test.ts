// A hole of an f-string or a `+` whose value the evaluator knows as one string is that string: the
// requirement or endpoint name it completes is judged whole. A hole it cannot know keeps the text unjudged.
import fmEndpointRetired from "../../rules/fm-endpoint-retired.js";
import pinnedRequirements from "../../rules/pinned-requirements.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const logWith = (head: string, requirement: string) => ({
  "log_model.py": py`
    import os
    import mlflow
    ${head}
    mlflow.pyfunc.log_model(name="m", python_model="model.py", pip_requirements=["mlflow==3.1.0", ${requirement}])
  `,
  "model.py": py`
    import mlflow
    class M(mlflow.pyfunc.PythonModel):
        def predict(self, context, model_input):
            return model_input
    mlflow.models.set_model(M())
  `,
});
const WHEEL = "https://example.com/wheels/tools-1.0-py3-none-any.whl";

ruleCases(pinnedRequirements, {
  valid: [
    { name: "a wheel URL constant that carries its hash", files: logWith(`WHEEL_URL = "${WHEEL}#sha256=${"ab".repeat(32)}"`, `f"tools @ {WHEEL_URL}"`) },
    { name: "a wheel URL read at run time", files: logWith(`WHEEL_URL = os.environ["WHEEL_URL"]`, `f"tools @ {WHEEL_URL}"`) },
    { name: "a version the logging process computes", files: logWith(`VERSION = mlflow.__version__`, `f"mlflow-skinny=={VERSION}"`) },
    { name: "a version constant pinned exactly", files: logWith(`VERSION = "2.1.0"`, `f"tools=={VERSION}"`) },
    { name: "a version bound in each arm is not one string", files: logWith(`VERSION = "2.1.0" if os.environ.get("X") else ">=2"\n`, `"tools==" + VERSION`) },
  ],
  invalid: [
    { name: "an unhashed wheel URL kept in a constant", files: logWith(`WHEEL_URL = "${WHEEL}"`, `f"tools @ {WHEEL_URL}"`), errors: [{ line: 4, messageId: "urlUnpinned" }] },
    { name: "the same through +", files: logWith(`WHEEL_URL = "${WHEEL}"`, `"tools @ " + WHEEL_URL`), errors: [{ line: 4, messageId: "urlUnpinned" }] },
    { name: "a range kept in a constant", files: logWith(`SPEC = ">=2.1"`, `f"tools{SPEC}"`), errors: [{ line: 4, messageId: "range" }] },
    { name: "two constants joined", files: logWith(`NAME = "tools"\nSPEC = ">=2.1"`, `NAME + SPEC`), errors: [{ line: 5, messageId: "range" }] },
  ],
});

const agent = (head: string, endpoint: string) => ({
  "agent.py": py`
    import os
    from databricks_langchain import ChatDatabricks
    ${head}
    llm = ChatDatabricks(endpoint=${endpoint})
  `,
});

ruleCases(fmEndpointRetired, {
  valid: [
    { name: "a current model named in parts", files: agent(`FAMILY = "meta-llama-3-3-70b-instruct"`, `f"databricks-{FAMILY}"`) },
    { name: "a part read from the environment", files: agent(`FAMILY = os.environ["FAMILY"]`, `f"databricks-{FAMILY}"`) },
    { name: "a hole with a format spec is not the value's own text", files: agent(`FAMILY = "meta-llama-3-1-405b-instruct"`, `f"databricks-{FAMILY!r}"`) },
  ],
  invalid: [
    // The name is made of parts: no edit of one literal renames it, so no fix is offered.
    { name: "a retired model named in parts", files: agent(`FAMILY = "meta-llama-3-1-405b-instruct"`, `f"databricks-{FAMILY}"`), errors: [{ line: 4, messageId: "retiredOn" }], output: null },
    { name: "the same through +", files: agent(`FAMILY = "meta-llama-3-1-405b-instruct"`, `"databricks-" + FAMILY`), errors: [{ line: 4, messageId: "retiredOn" }], output: null },
    {
      name: "a constant passed to a function that builds the name",
      files: agent(`def endpoint_for(family):\n    return f"databricks-{family}"`, `endpoint_for("meta-llama-3-1-405b-instruct")`),
      errors: [{ line: 4, messageId: "retiredOn" }], // at the f-string: the name is made there
    },
  ],
});
