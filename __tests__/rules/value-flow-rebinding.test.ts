// A module-level name assigned again at the top level (a notebook that sets the endpoint in one cell
// and changes it in a later one) is, for top-level code, the last assignment before the read; for
// another module importing it, the last one. A read in a function, or a binding under if/for/try, is
// not followed in order.
import retired from "../../rules/fm-endpoint-retired.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const RETIRED = "databricks-claude-3-7-sonnet"; // retired 2026-04-12 (rules/data)
const CURRENT = "databricks-meta-llama-3-3-70b-instruct";

ruleCases(retired, {
  valid: [
    { name: "a retired name replaced before the read", files: { "agent.py": py`
      from databricks_langchain import ChatDatabricks
      LLM = "${RETIRED}"
      LLM = "${CURRENT}"
      llm = ChatDatabricks(endpoint=LLM)
    ` } },
    { name: "a read in a function, which may run between the two", files: { "agent.py": py`
      from databricks_langchain import ChatDatabricks
      LLM = "${CURRENT}"
      def make():
          return ChatDatabricks(endpoint=LLM)
      LLM = "${RETIRED}"
    ` } },
    { name: "a dict entry deleted before the read: the default is read, not the entry", files: { "agent.py": py`
      from databricks_langchain import ChatDatabricks
      cfg = {"endpoint": "${RETIRED}"}
      del cfg["endpoint"]
      llm = ChatDatabricks(endpoint=cfg.get("endpoint", "${CURRENT}"))
    ` } },
    { name: "a second binding inside a loop", files: { "agent.py": py`
      from databricks_langchain import ChatDatabricks
      LLM = "${CURRENT}"
      for candidate in ["${RETIRED}"]:
          LLM = candidate
      llm = ChatDatabricks(endpoint=LLM)
    ` } },
  ],
  invalid: [
    { name: "a later notebook cell replaces the endpoint with a retired one", files: { "driver.py": py`
      # Databricks notebook source
      from databricks_langchain import ChatDatabricks
      LLM = "${CURRENT}"

      # COMMAND ----------

      LLM = "${RETIRED}"

      # COMMAND ----------

      llm = ChatDatabricks(endpoint=LLM)
    ` }, errors: [{ line: 7, messageId: "retiredOn", related: ["driver.py:11 used by ChatDatabricks(endpoint=...)"] }] },
    { name: "the value before the next assignment is the one read", files: { "agent.py": py`
      from databricks_langchain import ChatDatabricks
      LLM = "${RETIRED}"
      first = ChatDatabricks(endpoint=LLM)
      LLM = LLM.replace("3-7-sonnet", "sonnet-4-5")
      second = ChatDatabricks(endpoint=LLM)
    ` }, errors: [{ line: 2, messageId: "retiredOn", related: ["agent.py:3 used by ChatDatabricks(endpoint=...)"] }] },
    { name: "another module imports the last assignment", files: {
      "settings.py": py`
        LLM = "${CURRENT}"
        LLM = "${RETIRED}"
      `,
      "agent.py": py`
        from databricks_langchain import ChatDatabricks
        from settings import LLM
        llm = ChatDatabricks(endpoint=LLM)
      `,
    }, errors: [{ file: "settings.py", line: 2, messageId: "retiredOn", related: ["agent.py:3 used by ChatDatabricks(endpoint=...)"] }] },
  ],
});
