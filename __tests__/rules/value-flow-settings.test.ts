// Settings objects (evaluate/settings-objects.ts): a module-level instance of a
// @dataclass / pydantic BaseModel / BaseSettings defined in another module, read as
// `settings.field`. A dataclass or BaseModel default is the value; a BaseSettings
// default is only a possibility (the environment may set the field).
import declared from "../../rules/declared-resources.js";
import retired from "../../rules/fm-endpoint-retired.js";
import { describe } from "vitest";
import { py, ruleCases } from "../helpers/rule-cases.js";

const RETIRED = "databricks-claude-3-7-sonnet"; // retired 2026-04-12 (rules/data)
const CURRENT = "databricks-meta-llama-3-3-70b-instruct";

const agentUsing = (read: string) => py`
  import mlflow
  from databricks_langchain import ChatDatabricks
  from config import settings
  llm = ChatDatabricks(endpoint=${read})
  mlflow.models.set_model(llm)
`;

describe("fm-endpoint-retired through settings objects", () => {
  ruleCases(retired, {
    valid: [
      { name: "the constructor passes the field", files: {
        "config.py": py`
          from dataclasses import dataclass
          @dataclass
          class Settings:
              llm_endpoint: str = "${RETIRED}"
          settings = Settings(llm_endpoint="${CURRENT}")
        `,
        "agent.py": agentUsing("settings.llm_endpoint"),
      } },
      // A validator may rewrite the value; __post_init__ may too; positional arguments are not mapped to fields.
      { name: "a pydantic validator, a __post_init__, positional arguments", files: {
        "config.py": py`
          from dataclasses import dataclass
          from pydantic import BaseModel, field_validator
          class Checked(BaseModel):
              llm_endpoint: str = "${RETIRED}"
              @field_validator("llm_endpoint")
              def pick(cls, v):
                  return v
          @dataclass
          class Post:
              llm_endpoint: str = "${RETIRED}"
              def __post_init__(self):
                  self.llm_endpoint = read_setting()
          @dataclass
          class Plain:
              llm_endpoint: str = "${RETIRED}"
          checked = Checked()
          post = Post()
          settings = Plain("${CURRENT}")
        `,
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          from config import checked, post, settings
          ChatDatabricks(endpoint=checked.llm_endpoint)
          ChatDatabricks(endpoint=post.llm_endpoint)
          ChatDatabricks(endpoint=settings.llm_endpoint)
        `,
      } },
      { name: "a field assigned on the object elsewhere, and a class that is not a settings class", files: {
        "config.py": py`
          from dataclasses import dataclass
          @dataclass
          class Settings:
              llm_endpoint: str = "${RETIRED}"
          class Other:
              judge: str = "${RETIRED}"
          settings = Settings()
          other = Other()
          settings.llm_endpoint = read_setting()
        `,
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          from config import settings, other
          ChatDatabricks(endpoint=settings.llm_endpoint)
          ChatDatabricks(endpoint=other.judge)
        `,
      } },
    ],
    invalid: [
      { name: "a dataclass default, read from another module", files: {
        "config.py": py`
          import dataclasses
          @dataclasses.dataclass(frozen=True)
          class Settings:
              temperature: float = 0.1
              llm_endpoint: str = "${RETIRED}"
          settings = Settings(temperature=0.0)
        `,
        "agent.py": agentUsing("settings.llm_endpoint"),
      }, errors: [{ file: "config.py", line: 5, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "a pydantic BaseSettings default (a possibility) and a BaseModel keyword", files: {
        "config.py": py`
          from pydantic import BaseModel
          from pydantic_settings import BaseSettings
          class Settings(BaseSettings):
              llm_endpoint: str = "${RETIRED}"
          class Judge(BaseModel):
              endpoint: str = "${CURRENT}"
          settings = Settings()
          judge = Judge(endpoint="${RETIRED}")
        `,
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          from config import settings, judge
          ChatDatabricks(endpoint=settings.llm_endpoint)
          ChatDatabricks(endpoint=judge.endpoint)
        `,
      }, errors: [
        { file: "config.py", line: 4, messageId: "retiredOn", related: ["agent.py:3 used by ChatDatabricks(endpoint=...)"] },
        { file: "config.py", line: 8, messageId: "retiredOn", related: ["agent.py:4 used by ChatDatabricks(endpoint=...)"] },
      ] },
    ],
  });
});

const logDeclaring = (name: string) => py`
  import mlflow
  from mlflow.models.resources import DatabricksServingEndpoint
  mlflow.pyfunc.log_model(name="m", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="${name}")])
`;

describe("declared-resources through settings objects", () => {
  ruleCases(declared, {
    valid: [
      // The environment may set the field: the default is not certain to be the endpoint used.
      { name: "a BaseSettings default another endpoint is declared for", files: {
        "config.py": py`
          from pydantic_settings import BaseSettings
          class Settings(BaseSettings):
              llm_endpoint: str = "my-endpoint"
          settings = Settings()
        `,
        "agent.py": agentUsing("settings.llm_endpoint"),
        "log.py": logDeclaring("from-env"),
      } },
    ],
    invalid: [
      { name: "a dataclass default is certain", files: {
        "config.py": py`
          from dataclasses import dataclass
          @dataclass
          class Settings:
              llm_endpoint: str = "my-endpoint"
          settings = Settings()
        `,
        "agent.py": agentUsing("settings.llm_endpoint"),
        "log.py": logDeclaring("other"),
      }, errors: [
        { file: "agent.py", line: 4, messageId: "undeclared", message: "\"my-endpoint\"" },
        { file: "log.py", line: 3, messageId: "unused" },
      ] },
    ],
  });
});
