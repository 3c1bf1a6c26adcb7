import rule from "../../rules/pinned-requirements.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const ipynb = (cells: string[][]) =>
  JSON.stringify({ cells: cells.map((source) => ({ cell_type: "code", metadata: {}, outputs: [], source })), nbformat: 4, nbformat_minor: 5 }, null, 1);

ruleCases(rule, {
  valid: [
    {
      name: "exact pins, extras, markers, === and pins computed at log time",
      files: {
        "log_model.py": py`
          import mlflow
          from importlib.metadata import version
          from pkg_resources import get_distribution

          mlflow.pyfunc.log_model(
              name="agent",
              python_model="agent.py",
              pip_requirements=[
                  f"mlflow=={mlflow.__version__}",
                  "langgraph==" + get_distribution("langgraph").version,
                  "pydantic=={}".format(version("pydantic")),
                  'databricks-langchain[memory]==0.8.1; python_version >= "3.10"',
                  "legacy-thing===1.0-custom",
              ],
          )
        `,
      },
    },
    {
      name: "URLs pinned by hash or commit, and a local wheel",
      files: {
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="m.py", extra_pip_requirements=[
              "tool @ https://example.com/tool-1.0-py3-none-any.whl#sha256=0123456789abcdef0123456789abcdef",
              "git+https://github.com/acme/helpers.git@3f2c1a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39#egg=helpers",
              "wheels/acme_utils-0.3.0-py3-none-any.whl",
          ])
        `,
      },
    },
    {
      name: "a list computed at run time is not judged",
      files: {
        "log_model.py": py`
          import mlflow
          from build import requirements
          mlflow.pyfunc.log_model(name="m", python_model="m.py", pip_requirements=requirements())
        `,
      },
    },
    {
      name: "notebook %pip lines set up the notebook, not the model",
      files: {
        "notebook.py": py`
          # Databricks notebook source
          # MAGIC %pip install -U mlflow databricks-langchain langgraph
          # MAGIC %restart_python

          # COMMAND ----------

          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=["mlflow==3.6.0"])
        `,
      },
    },
    {
      name: "a requirements file nobody references, and strings in prints and comments",
      files: {
        "requirements-dev.txt": "pytest\nruff>=0.5\n",
        "script.py": py`
          # pip_requirements=["pandas"]
          print("pip_requirements=['pandas>=2']")
        `,
      },
    },
    {
      // The hash may be in the hole (sweep: a wheel URL kept in a constant, passed as f"pkg @ {URL}").
      name: "a URL that ends in a run-time hole is not judged",
      files: {
        "m.py": "import mlflow\nmlflow.models.set_model(None)\n",
        "log.py": py`
          import mlflow
          from constants import WHEEL_URL
          mlflow.pyfunc.log_model(name="m", python_model="m.py", pip_requirements=[
              f"tool @ {WHEEL_URL}",
              f"helpers @ git+https://github.com/acme/helpers.git@{COMMIT}",
          ])
        `,
      },
    },
  ],
  invalid: [
    {
      // Sweep Q (guanjieshen/unity-catalog-agent): the list is bound, then grown with .append(...) under ifs.
      // An item appended after the call is not in what was logged; a list changed otherwise is not read.
      name: "a requirement list grown by appends before log_model",
      files: {
        "log_model.py": py`
          import mlflow
          reqs = ["mlflow==3.6.0", "backoff"]
          reqs.append("databricks-agents")
          if use_connect:
              reqs.append("databricks-connect>=15")
          for extra in extras:
              reqs.append(extra)
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=reqs)
          reqs.append("pandas")
          other = ["langgraph"]
          other.append("mlflow==3.6.0")
          other.remove("langgraph")
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=other)
        `,
      },
      errors: [
        { line: 2, column: 27, messageId: "unpinned", message: '"backoff"' },
        { line: 3, messageId: "unpinned", message: '"databricks-agents"' },
        { line: 5, messageId: "range" },
      ],
    },
    {
      // Sweep L (prashsub/databricks-health-monitor): auth_policy or resources added under an if, pip_requirements
      // left as written; a key stored later is unknown, and a dict changed by a method is not read at all.
      name: "log_model(**kwargs) of a dict literal that gets other keys under an if",
      files: {
        "log_model.py": py`
          import mlflow
          kwargs = {"name": "agent", "pip_requirements": ["mlflow>=3.0.0"], "extra_pip_requirements": ["pandas"]}
          if policy is not None:
              kwargs["auth_policy"] = policy
          else:
              kwargs["extra_pip_requirements"] = ["numpy==2.0.0"]
          mlflow.pyfunc.log_model(python_model="agent.py", **kwargs)
          other = {"pip_requirements": ["langgraph"]}
          other.update(extra)
          mlflow.pyfunc.log_model(python_model="agent.py", **other)
        `,
      },
      errors: [{ line: 2, column: 50, messageId: "range" }],
    },
    {
      // Sweep L: an agent's logging script builds its keywords as a dict and spreads it.
      name: "log_model(**kwargs) of a dict literal, with a key stored right after it",
      files: {
        "log_model.py": py`
          import mlflow
          log_kwargs = {
              "name": "agent",
              "pip_requirements": ["mlflow>=3.0.0", "databricks-langchain==0.8.0"],
          }
          log_kwargs["extra_pip_requirements"] = ["langgraph"]
          mlflow.pyfunc.log_model(python_model="agent.py", **log_kwargs)
        `,
      },
      errors: [{ line: 4, column: 27, messageId: "range" }, { line: 6, column: 42, messageId: "unpinned" }],
    },
    {
      name: "a range and a bare name in log_model, one finding each at its position",
      files: {
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(
              name="agent",
              python_model="agent.py",
              pip_requirements=["mlflow==3.6.0", "databricks-langchain>=0.8", "langgraph"],
          )
        `,
      },
      errors: [
        { line: 5, column: 41, messageId: "range", message: "\"databricks-langchain>=0.8\" allows a range (>=0.8)" },
        { line: 5, column: 70, messageId: "unpinned" },
      ],
    },
    {
      name: "a -r file is followed relative to the file that names it, through continuation lines and comments",
      files: {
        "agent/log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements="requirements.txt")
        `,
        "agent/requirements.txt": "# model environment\nmlflow==3.6.0\n-r common.txt\npandas \\\n  >=2.0  # tested with 2.2\n",
        "agent/common.txt": "numpy~=1.26\n",
      },
      errors: [
        { line: 1, file: "agent/common.txt", messageId: "range", related: ["agent/log_model.py:2 pulled in by log_model(pip_requirements=...)"] },
        { line: 4, column: 1, file: "agent/requirements.txt", messageId: "range", related: ["agent/log_model.py:2 pulled in by log_model(pip_requirements=...)"] },
      ],
    },
    {
      name: "a -r file pulled in by two entries is reported once, at its line, with both entries as related locations",
      files: {
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="a", python_model="agent.py", pip_requirements=["mlflow==3.6.0", "-r requirements.txt"])
        `,
        "serving.yaml": yaml`
          version: 1
          model:
            pip_requirements:
              - mlflow==3.6.0
              - -r requirements.txt
        `,
        "requirements.txt": "pandas==2.2.3\nlanggraph\n",
      },
      errors: [
        {
          line: 2, file: "requirements.txt", messageId: "unpinned",
          related: [
            "log_model.py:2 pulled in by log_model(pip_requirements=...)",
            "serving.yaml:5 pulled in by model.pip_requirements",
          ],
        },
      ],
    },
    {
      name: "serving.yaml model.pip_requirements",
      files: {
        "serving.yaml": yaml`
          version: 1
          model:
            pip_requirements: [mlflow==3.6.0, "langgraph~=0.3", "numpy==1.*"]
        `,
      },
      errors: [
        { line: 3, column: 38, messageId: "range", related: [] },
        { line: 3, column: 56, messageId: "wildcard" },
      ],
    },
    {
      name: "a URL with neither hash nor commit, and a VCS branch",
      files: {
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="m.py", pip_requirements=[
              "tool @ https://example.com/tool-1.0-py3-none-any.whl",
              "git+https://github.com/acme/helpers.git@main#egg=helpers",
          ])
        `,
      },
      errors: [
        { line: 3, messageId: "urlUnpinned" },
        { line: 4, messageId: "urlUnpinned" },
      ],
    },
    {
      name: "a constant list imported from another file is judged where it is written",
      files: {
        "config.py": py`
          REQUIREMENTS = ["mlflow==3.6.0", "openai"]
        `,
        "log_model.py": py`
          import mlflow
          from config import REQUIREMENTS
          mlflow.pyfunc.log_model(name="m", python_model="m.py", pip_requirements=REQUIREMENTS)
        `,
      },
      errors: [{ line: 1, column: 35, file: "config.py", messageId: "unpinned" }],
    },
    {
      name: "an .ipynb cell: the finding points into the notebook file",
      files: {
        "log.ipynb": ipynb([
          ["%pip install mlflow\n", "dbutils.library.restartPython()"],
          ["import mlflow\n", "mlflow.pyfunc.log_model(name=\"m\", python_model=\"agent.py\",\n", "    pip_requirements=[\"mlflow==3.6.0\", \"langgraph>=0.3\"])\n"],
        ]),
      },
      errors: [{ line: 19, file: "log.ipynb", messageId: "range" }],
    },
  ],
});
