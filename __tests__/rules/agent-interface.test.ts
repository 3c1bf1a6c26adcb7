import rule from "../../rules/agent-interface.js";
import { py, ruleCases } from "../helpers/rule-cases.js";


/** A notebook export that writes agent.py twice (an MCP draft, then the agent) and logs it, its cells in the order given. */
const rewrittenAgent = (...order: ("draft" | "final" | "log")[]): string => {
  const cells = {
    draft: ["# MAGIC %%writefile agent.py", "# MAGIC import mlflow", "# MAGIC from mcp import ClientSession"],
    final: [
      "# MAGIC %%writefile agent.py", "# MAGIC import mlflow", "# MAGIC from mlflow.pyfunc import ResponsesAgent",
      "# MAGIC class Agent(ResponsesAgent):", "# MAGIC     def predict(self, request): ...", "# MAGIC mlflow.models.set_model(Agent())",
    ],
    log: ["import mlflow", 'mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=["mlflow==3.6.0"])'],
  };
  return `# Databricks notebook source\n${order.map((c) => cells[c].join("\n")).join("\n\n# COMMAND ----------\n\n")}\n`;
};

ruleCases(rule, {
  valid: [
    {
      // Another file's folder (a parameter's, a setting's) is not the script's: which agent.py is logged is not known.
      name: "a model file joined to a folder that is not the script's own",
      files: {
        "agent.py": "from mlflow.pyfunc import ResponsesAgent\nclass Agent(ResponsesAgent):\n    def predict(self, request): ...\n",
        "driver.py": py`
          import os, sys
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model=os.path.join(os.path.dirname(sys.argv[1]), "agent.py"))
          from pathlib import Path
          mlflow.pyfunc.log_model(name="agent", python_model=str(Path(sys.argv[1]).parent / "agent.py"))
          mlflow.pyfunc.log_model(name="agent", python_model=str(Path(__file__).parent / NAME))
        `,
      },
    },
    {
      name: "predict inherited from an analysed base in another file; set_model imported by name",
      files: {
        "base.py": py`
          from mlflow.pyfunc import ResponsesAgent
          class BaseAgent(ResponsesAgent):
              def predict(self, request): ...
        `,
        "agent.py": py`
          from mlflow.models import set_model
          from base import BaseAgent
          class SupportAgent(BaseAgent):
              def predict_stream(self, request): ...
          set_model(SupportAgent())
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
    },
    {
      name: "a base class we cannot see may define predict",
      files: {
        "agent.py": py`
          from mlflow.pyfunc import ResponsesAgent
          from company.agents import TracedMixin
          class Agent(TracedMixin, ResponsesAgent):
              pass
        `,
      },
    },
    {
      name: "an instance logged directly needs no set_model",
      files: {
        "log_model.py": py`
          import mlflow
          from mlflow.pyfunc import PythonModel
          class Echo(PythonModel):
              def predict(self, context, model_input): return model_input
          mlflow.pyfunc.log_model(name="echo", python_model=Echo())
        `,
      },
    },
    {
      // MLflow checks predict when a class is instantiated; a base marked abstract (ABC) that nobody instantiates
      // leaves predict to its subclasses, which are judged themselves.
      name: "an ABC base without predict, completed by its subclass",
      files: {
        "base.py": py`
          from abc import ABC
          from mlflow.pyfunc import ResponsesAgent
          class ToolAgentBase(ResponsesAgent, ABC):
              def tools(self): return []
        `,
        "agent.py": py`
          import mlflow
          from base import ToolAgentBase
          class SupportAgent(ToolAgentBase):
              def predict(self, request): ...
          mlflow.models.set_model(SupportAgent())
        `,
      },
    },
    {
      // No ABC marker, but the repository subclasses it and never builds one: it is used as a base only.
      name: "a base subclassed in the repository and never instantiated",
      files: {
        "agent.py": py`
          import mlflow
          from mlflow.pyfunc import ResponsesAgent
          class Base(ResponsesAgent):
              def __init__(self, llm): self.llm = llm
          class Agent(Base):
              def predict(self, request): ...
          mlflow.models.set_model(Agent("databricks-gpt-5"))
        `,
      },
    },
    {
      // Two notebooks write agent.py differently and no real agent.py exists: which one a plain script logs is
      // only known at run time, so neither is judged against it.
      name: "a plain script logging an agent.py that two notebooks write",
      files: {
        "01_build.py": py`
          # Databricks notebook source
          # MAGIC %%writefile agent.py
          # MAGIC from mlflow.pyfunc import ResponsesAgent
          # MAGIC class Agent(ResponsesAgent):
          # MAGIC     def predict(self, request): ...
        `,
        "02_build.py": py`
          # Databricks notebook source
          # MAGIC %%writefile agent.py
          # MAGIC from mlflow.pyfunc import ResponsesAgent
          # MAGIC class Agent(ResponsesAgent):
          # MAGIC     def predict(self, request): ...
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
    },
    {
      // Cells run in order: a later %%writefile of the same path replaces the draft before log_model runs
      // (sweep J: a book's notebook drafts agent.py, then rewrites it).
      name: "a notebook that rewrites agent.py before logging it",
      files: {
        "build.py": rewrittenAgent("draft", "final", "log"),
      },
    },
    // lezer has no rule for a parenthesized with-target; its recovery ended the class before predict (sweep:
    // hiydavid/databricks-genai-examples, an MCP client opened with `as (read, write, _):`).
    {
      name: "a class after a grammar gap lezer recovers from badly",
      files: {
        "agent.py": py`
          import mlflow
          from mlflow.pyfunc import ResponsesAgent

          async def connect(url):
              async with client(
                  url=url,
              ) as (
                  read,
                  write,
              ):
                  return read

          class Agent(ResponsesAgent):
              def __init__(self):
                  self.x = 1

              def predict(self, request):
                  return None

          mlflow.models.set_model(Agent())
        `,
      },
    },
  ],
  invalid: [
    {
      name: "a notebook that rewrites agent.py only after logging the draft",
      files: {
        "build.py": rewrittenAgent("draft", "log", "final"),
      },
      errors: [{ line: 9, messageId: "noSetModel" }],
    },
    {
      name: "a plain script logging the agent.py one notebook writes",
      files: {
        "01_build.py": py`
          # Databricks notebook source
          # MAGIC %%writefile agent.py
          # MAGIC from mlflow.pyfunc import ResponsesAgent
          # MAGIC class Agent(ResponsesAgent):
          # MAGIC     def predict(self, request): ...
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
      errors: [{ line: 2, file: "log_model.py", messageId: "noSetModel" }],
    },
    {
      name: "a subclassed base that is also instantiated is concrete: it needs predict",
      files: {
        "agent.py": py`
          import mlflow
          from mlflow.pyfunc import ResponsesAgent
          class Base(ResponsesAgent):
              def answer(self, request): ...
          class Agent(Base):
              def predict(self, request): ...
          mlflow.models.set_model(Base())
        `,
      },
      errors: [{ line: 3, messageId: "noPredict", message: "\"Base\"" }],
    },
    {
      name: "an ABC base whose subclass does not define predict either: the subclass is reported",
      files: {
        "agent.py": py`
          import abc
          import mlflow
          from mlflow.pyfunc import ResponsesAgent
          class Base(ResponsesAgent, abc.ABC):
              def answer(self, request): ...
          class Agent(Base):
              def stream(self, request): ...
          mlflow.models.set_model(Agent())
        `,
      },
      errors: [{ line: 6, messageId: "noPredict", message: "\"Agent\"" }],
    },
    {
      name: "a ResponsesAgent without predict",
      files: {
        "agent.py": py`
          import mlflow
          from mlflow.pyfunc import ResponsesAgent
          class Agent(ResponsesAgent):
              def answer(self, request): ...
          mlflow.models.set_model(Agent())
        `,
      },
      errors: [{ line: 3, column: 7, messageId: "noPredict" }],
    },
    {
      name: "models from code named through os.path.join(os.getcwd(), ...), without set_model",
      files: {
        "agent.py": py`
          from mlflow.pyfunc import ResponsesAgent
          class Agent(ResponsesAgent):
              def predict(self, request): ...
        `,
        "driver.py": py`
          import os
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model=os.path.join(os.getcwd(), "agent.py"))
        `,
      },
      errors: [{ line: 3, column: 79, file: "driver.py", messageId: "noSetModel" }],
    },
    // Sweep M: scripts name the model file from their own folder; the error sits on the join's literal part.
    ...[
      ["dirname(abspath(__file__))", `os.path.join(os.path.dirname(os.path.abspath(__file__)), "agent.py")`, 110],
      ["a folder variable from dirname(__file__)", `os.path.join(HERE, "agent.py")`, 72],
      ["inspect.getfile(inspect.currentframe())", `os.path.join(os.path.dirname(os.path.abspath(inspect.getfile(inspect.currentframe()))), "agent.py")`, 141],
      ["abspath around the join, with a subfolder", `os.path.abspath(os.path.join(os.path.dirname(__file__), "src", "agent.py"))`, 115],
      // Sweep Q: pathlib in deploy scripts (lbruand-db, nmp-dsci).
      ["str(Path(__file__).parent / ...)", `str(Path(__file__).parent / "agent.py")`, 81],
      ["Path(__file__).resolve().parent / a subfolder / the file", `str(Path(__file__).resolve().parent / "src" / "agent.py")`, 98],
      ["Path(__file__).with_name(...)", `str(Path(__file__).with_name("agent.py"))`, 82],
      ["Path(__file__).parents[0].joinpath(...)", `os.fspath(Path(__file__).parents[0].joinpath("agent.py"))`, 98],
      ["a Path of a literal", `str(Path("agent.py"))`, 62],
      ["a folder Path variable", `str(ROOT / "agent.py")`, 64],
    ].map(([how, expr, column]) => ({
      name: `models from code named through ${how}, without set_model`,
      files: {
        "src/agent.py": py`
          from mlflow.pyfunc import ResponsesAgent
          class Agent(ResponsesAgent):
              def predict(self, request): ...
        `,
        "agent.py": py`
          from mlflow.pyfunc import ResponsesAgent
          class Agent(ResponsesAgent):
              def predict(self, request): ...
        `,
        "driver.py": py`
          import inspect, os
          import mlflow
          from pathlib import Path
          HERE = os.path.dirname(__file__)
          ROOT = Path(__file__).parent
          mlflow.pyfunc.log_model(name="agent", python_model=${expr as string})
        `,
      },
      errors: [{ line: 6, column: column as number, file: "driver.py", messageId: "noSetModel" }],
    })),
    {
      name: "models from code without set_model",
      files: {
        "agent.py": py`
          from mlflow.pyfunc import ResponsesAgent
          class Agent(ResponsesAgent):
              def predict(self, request): ...
          AGENT = Agent()
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
      errors: [{ line: 2, column: 53, file: "log_model.py", messageId: "noSetModel" }],
    },
    {
      name: "ChatAgent is an info-level note: it still works",
      files: {
        "agent.py": py`
          import mlflow
          from mlflow.pyfunc import ChatAgent
          class Agent(ChatAgent):
              def predict(self, messages, context=None, custom_inputs=None): ...
          mlflow.models.set_model(Agent())
        `,
      },
      errors: [{ line: 3, messageId: "legacyChatAgent", severity: "info" }],
    },
  ],
});
