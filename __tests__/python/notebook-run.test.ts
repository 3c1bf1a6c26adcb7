// `%run ./setup` runs another notebook in this one's namespace: what it imports or defines is this
// notebook's global. Sweep O: dbdemos deploy notebooks get `mlflow` from `%run ../_resources/00-init`,
// so their log_model calls went unread. Only an otherwise unbound name is taken from the %run
// notebooks; a workspace path (`/Workspace/...`) names no repository file.
import pinned from "../../rules/pinned-requirements.js";
import { ruleCases } from "../helpers/rule-cases.js";

const HEADER = "# Databricks notebook source\n";
const SEP = "\n# COMMAND ----------\n\n";
const ipynb = (...cells: string[][]) => JSON.stringify({ cells: cells.map((source) => ({ cell_type: "code", source, metadata: {}, outputs: [] })) }, null, 1);

const SETUP = `${HEADER}import mlflow\nimport os\nCATALOG = "main"\n`;
const LOG = `mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=["mlflow==3.6.0", "databricks-connect"])\n`;
const AGENT = "import mlflow\nmlflow.models.set_model(None)\n";
/** A deploy notebook whose first cell is `run` and second logs the model. */
const deploy = (run: string) => `${HEADER}${run}${SEP}${LOG}`;

ruleCases(pinned, {
  valid: [
    { name: "without %run, an unbound mlflow is not MLflow's", files: { "deploy.py": deploy("# MAGIC %md setup"), "agent.py": AGENT } },
    { name: "a %run of a workspace path", files: { "deploy.py": deploy("# MAGIC %run /Workspace/Shared/setup"), "setup.py": SETUP, "agent.py": AGENT } },
    { name: "a %run of a notebook that is not in the repository", files: { "deploy.py": deploy("# MAGIC %run ./missing"), "agent.py": AGENT } },
    // The notebook binds mlflow itself (to a stand-in): its own binding wins over the %run one.
    { name: "the notebook's own binding of the name", files: {
      "deploy.py": deploy("# MAGIC %run ./setup\n\nclass mlflow:\n    pass"), "setup.py": SETUP, "agent.py": AGENT,
    } },
  ],
  invalid: [
    { name: "mlflow from a %run notebook beside it", files: { "deploy.py": deploy("# MAGIC %run ./setup"), "setup.py": SETUP, "agent.py": AGENT },
      errors: [{ file: "deploy.py", line: 5, message: '"databricks-connect" is not pinned' }] },
    { name: "a %run of a parent folder's notebook, with arguments", files: {
      "nb/deploy.py": deploy('# MAGIC %run ../_resources/00-init $reset_all_data=false'), "_resources/00-init.py": SETUP, "nb/agent.py": AGENT,
    }, errors: [{ file: "nb/deploy.py", line: 5 }] },
    { name: "a quoted path, and a chain of %run notebooks", files: {
      "deploy.py": deploy('# MAGIC %run "./config"'), "config.py": `${HEADER}# MAGIC %run ./setup\n`, "setup.py": SETUP, "agent.py": AGENT,
    }, errors: [{ file: "deploy.py", line: 5 }] },
    { name: "a %run cell of an .ipynb, of an .ipynb notebook", files: {
      "deploy.ipynb": ipynb(["%run ./setup\n"], [LOG]), "setup.ipynb": ipynb(["import mlflow\n"]), "agent.py": AGENT,
    }, errors: [{ file: "deploy.ipynb", line: 14 }] },
    // Two notebooks that %run each other: each name is looked up once per notebook.
    { name: "notebooks that %run each other", files: {
      "deploy.py": deploy("# MAGIC %run ./a"), "a.py": `${HEADER}# MAGIC %run ./b\n`, "b.py": `${HEADER}# MAGIC %run ./a\nimport mlflow\n`, "agent.py": AGENT,
    }, errors: [{ file: "deploy.py", line: 5 }] },
  ],
});
