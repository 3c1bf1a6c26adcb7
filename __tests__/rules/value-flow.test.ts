// Values that travel through Python before they reach a rule (evaluate/evaluate.ts):
// each construct fires at the literal, with the call that uses it as a related
// location, and stays silent where the value is not certain.
import pinned from "../../rules/pinned-requirements.js";
import retired from "../../rules/fm-endpoint-retired.js";
import { describe } from "vitest";
import { py, ruleCases } from "../helpers/rule-cases.js";

const RETIRED = "databricks-claude-3-7-sonnet"; // retired 2026-04-12 (rules/data)
const CURRENT = "databricks-meta-llama-3-3-70b-instruct";

describe("fm-endpoint-retired through values", () => {
  ruleCases(retired, {
    valid: [
      { name: "an explicit argument overrides the helper's retired default", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        def make_llm(name="${RETIRED}"):
            return ChatDatabricks(endpoint=name)
        def config(name="${RETIRED}"):
            return {"endpoint": name}
        ChatDatabricks(endpoint=config(name="${CURRENT}")["endpoint"])
      ` } },
      // cfg["endpoint"] = ... mutates the dict in place: what it holds at the call is not followed.
      { name: "a dict mutated in place", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        cfg = {"endpoint": "${RETIRED}"}
        cfg["endpoint"] = read_setting()
        ChatDatabricks(endpoint=cfg["endpoint"])
      ` } },
      { name: "a helper with two returns under an if, and one that loops", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        def pick(fast):
            if fast:
                return {"endpoint": "${RETIRED}"}
            return {"endpoint": "${CURRENT}"}
        def first(names):
            for n in names:
                return {"endpoint": n}
        ChatDatabricks(endpoint=pick(flag)["endpoint"])
        ChatDatabricks(endpoint=first(["${RETIRED}"])["endpoint"])
      ` } },
      { name: "a key the dict does not have, and .get on a run-time mapping", files: { "agent.py": py`
        import os
        from databricks_langchain import ChatDatabricks
        cfg = {"llm": "${RETIRED}"}
        ChatDatabricks(endpoint=cfg.get("endpoint"))
        ChatDatabricks(endpoint=os.environ.get("LLM", "${CURRENT}"))
      ` } },
      { name: "a decorated helper may return anything", files: { "agent.py": py`
        from functools import lru_cache
        from databricks_langchain import ChatDatabricks
        @wrap_config
        def config(name="${RETIRED}"):
            return {"endpoint": name}
        ChatDatabricks(endpoint=config()["endpoint"])
      ` } },
      { name: "a slice whose bound is run-time input, and past the end", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        NAMES = ["${CURRENT}", "${RETIRED}"]
        ChatDatabricks(endpoint=NAMES[start:][0])
        ChatDatabricks(endpoint=NAMES[:1][-1])
        ChatDatabricks(endpoint=NAMES[5:][0])
      ` } },
      // `name + suffix` is a string the evaluator does not join; a list + a mutated list is not known.
      { name: "+ of names that are not both known sequences", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        A = ["${CURRENT}"]
        B = ["${RETIRED}"]
        B.append("x")
        ChatDatabricks(endpoint=(A + B)[1])
        ChatDatabricks(endpoint=(A + more())[1])
      ` } },
      { name: "a subclass overrides the class attribute self.ENDPOINT reads", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        from mlflow.pyfunc import PythonModel
        class Base(PythonModel):
            ENDPOINT = "${RETIRED}"
            def load_context(self, context):
                self.llm = ChatDatabricks(endpoint=self.ENDPOINT)
      `, "child.py": py`
        import agent
        class Child(agent.Base):
            ENDPOINT = "${CURRENT}"
      ` } },
      { name: "an attribute assigned from outside the class, or by a computed setattr", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        class Agent:
            def __init__(self):
                self.endpoint = "${RETIRED}"
            def predict(self, q):
                return ChatDatabricks(endpoint=self.endpoint).invoke(q)
        agent = Agent()
        agent.endpoint = read_setting()
      `, "other.py": py`
        from databricks_langchain import ChatDatabricks
        class Other:
            NAME = "${RETIRED}"
            def __init__(self, **kw):
                for k, v in kw.items():
                    setattr(self, k, v)
            def predict(self, q):
                return ChatDatabricks(endpoint=self.NAME).invoke(q)
      ` } },
      { name: "a parameter rebound in the body, a call site with run-time input, a decorated helper", files: { "agent.py": py`
        import os
        from databricks_langchain import ChatDatabricks
        def make_llm(name, override=None):
            if override:
                name = override
            return ChatDatabricks(endpoint=name)
        def from_env(name):
            return ChatDatabricks(endpoint=name)
        @cached
        def wrapped(name):
            return ChatDatabricks(endpoint=name)
        make_llm("${RETIRED}", override=os.environ["LLM"])
        from_env(os.environ["LLM"])
        wrapped("${RETIRED}")
      ` } },
      // A method's parameter: which object and which subclass receive the call is not followed.
      { name: "a method parameter", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        class Agent:
            def make(self, name):
                return ChatDatabricks(endpoint=name)
        Agent().make("${RETIRED}")
      ` } },
    ],
    invalid: [
      { name: "a literal passed into a helper's body, at each call site", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        def make_llm(name, temperature=0.1):
            return ChatDatabricks(endpoint=name, temperature=temperature)
        fast = make_llm("${CURRENT}")
        slow = make_llm(temperature=0.0, name="${RETIRED}")
      ` }, errors: [{ line: 5, messageId: "retiredOn", related: ["agent.py:3 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "a helper in another module, called from an agent", files: {
        "llm.py": py`
          from databricks_langchain import ChatDatabricks
          def build(endpoint):
              llm = ChatDatabricks(endpoint=endpoint)
              return llm
        `,
        "agent.py": py`
          from llm import build
          model = build("${RETIRED}")
        `,
      }, errors: [{ file: "agent.py", line: 2, messageId: "retiredOn", related: ["llm.py:3 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "self.endpoint set in __init__, read in load_context", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        from mlflow.pyfunc import PythonModel
        class Agent(PythonModel):
            def __init__(self):
                self.endpoint = "${RETIRED}"
            def load_context(self, context):
                self.llm = ChatDatabricks(endpoint=self.endpoint)
      ` }, errors: [{ line: 5, messageId: "retiredOn", related: ["agent.py:7 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "a class attribute read as self.X and as Cls.X", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        class Agent:
            ENDPOINT = "${RETIRED}"
            def predict(self, q):
                return ChatDatabricks(endpoint=self.ENDPOINT).invoke(q)
        class Judge:
            MODEL = "${RETIRED}"
        judge = ChatDatabricks(endpoint=Judge.MODEL)
      ` }, errors: [
        { line: 3, messageId: "retiredOn", related: ["agent.py:5 used by ChatDatabricks(endpoint=...)"] },
        { line: 7, messageId: "retiredOn", related: ["agent.py:8 used by ChatDatabricks(endpoint=...)"] },
      ] },
      { name: "a slice of a tuple constant, from the end", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        NAMES = ("a", "${CURRENT}", "${RETIRED}")
        ChatDatabricks(endpoint=NAMES[1:][-1])
        STEPPED = ("b", "c", "${RETIRED}")
        ChatDatabricks(endpoint=STEPPED[::2][1])
      ` }, errors: [
        { line: 2, messageId: "retiredOn", related: ["agent.py:3 used by ChatDatabricks(endpoint=...)"] },
        { line: 4, messageId: "retiredOn", related: ["agent.py:5 used by ChatDatabricks(endpoint=...)"] },
      ] },
      { name: "+ of two known lists, then a subscript", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        A = ["${CURRENT}"]
        B = ("${RETIRED}",)
        ChatDatabricks(endpoint=(list(A) + list(B))[1])
      ` }, errors: [{ line: 3, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "a helper's keyword argument, into a config dict, read by subscript", files: { "deploy.py": py`
        from mlflow.models.resources import DatabricksServingEndpoint
        def get_model_config(catalog, summarizer_endpoint):
            fq = f"{catalog}.x"
            return {"catalog": fq, "summarizer": summarizer_endpoint}
        model_config = get_model_config(catalog="main",
                                        summarizer_endpoint="${RETIRED}")
        resources = [DatabricksServingEndpoint(endpoint_name=model_config["summarizer"])]
      ` }, errors: [{ line: 6, column: 54, messageId: "retiredOn", related: ["deploy.py:7 used by DatabricksServingEndpoint(...)"] }] },
      { name: "a default used by a call without that argument, across modules", files: {
        "settings.py": py`
          def config(temperature, name="${RETIRED}"):
              return {"endpoint": name, "temperature": temperature}
        `,
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          from settings import config
          ChatDatabricks(endpoint=config(0.1).get("endpoint"))
        `,
      }, errors: [{ file: "settings.py", line: 1, messageId: "retiredOn", related: ["agent.py:3 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "a tuple constant item and a spread list", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        NAMES = ("${CURRENT}", "${RETIRED}")
        ALL = [*NAMES, "x"]
        ChatDatabricks(endpoint=ALL[1])
      ` }, errors: [{ line: 2, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] }] },
    ],
  });
});

describe("pinned-requirements through values", () => {
  ruleCases(pinned, {
    valid: [
      { name: "list() of a tuple of exact pins", files: { "log.py": py`
        import mlflow
        REQS = ("mlflow==3.6.0", "pandas==2.2.3")
        mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=list(REQS))
      ` } },
      { name: "+ and slices of exact pins; a list + an unknown list", files: { "log.py": py`
        import mlflow
        BASE = ["mlflow==3.6.0"]
        mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=BASE + ["pandas==2.2.3"])
        mlflow.pyfunc.log_model(name="n", python_model="agent.py", pip_requirements=BASE[:1])
        mlflow.pyfunc.log_model(name="o", python_model="agent.py", pip_requirements=BASE + read_reqs())
      ` } },
      // A module the helper may or may not hand back: log_model through it is not recognised.
      { name: "a helper returning something other than an imported module", files: { "log.py": py`
        def _client():
            return make_client()
        mlflow = _client()
        mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=["pandas>=2"])
      ` } },
    ],
    invalid: [
      { name: "a base list + the model's own pins, and a slice of it", files: { "log.py": py`
        import mlflow
        BASE = ["mlflow==3.6.0"]
        EXTRA = ["pandas>=2"]
        mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=BASE + EXTRA)
        mlflow.pyfunc.log_model(name="n", python_model="agent.py", pip_requirements=(BASE + EXTRA)[1:])
      ` }, errors: [{ line: 3, messageId: "range" }] },
      { name: "list() and tuple() of a tuple constant", files: { "log.py": py`
        import mlflow
        REQS = (
            "cloudpickle>=3,<4",
            "mlflow==3.6.0",
        )
        mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=list(REQS))
        mlflow.pyfunc.log_model(name="n", python_model="agent.py", pip_requirements=tuple(REQS))
      ` }, errors: [{ line: 3, messageId: "range" }] },
      { name: "a lazy-import helper", files: { "pipeline.py": py`
        REQS = ["mlflow>=3.0.0"]
        def _import_mlflow():
            try:
                import mlflow
            except ImportError as e:
                raise RuntimeError("install mlflow") from e
            return mlflow
        class Model:
            def log(self):
                mlflow = _import_mlflow()
                return mlflow.sklearn.log_model(self, name="m", pip_requirements=REQS)
      ` }, errors: [{ line: 1, messageId: "range" }] },
      { name: "importlib.import_module and an alias", files: { "log.py": py`
        import importlib
        mf = importlib.import_module("mlflow")
        mf.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=["pandas>=2"])
      ` }, errors: [{ line: 3, messageId: "range" }] },
    ],
  });
});
