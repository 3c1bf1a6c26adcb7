// `self.X` read by an endpoint argument in a method, where X is stored once from an `__init__`
// parameter: the endpoint is what each `Cls(...)` in the analysed modules passes (or the default it
// leaves), as a plain helper's parameter is what each caller passes (evaluate.ts atCallSites).
// Sweep: an embedder class kept "databricks-gte-large" as its __init__ default (mshtelma/...).
import rule from "../../rules/fm-endpoint-name.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const embedder = (init: string, extra = "") => py`
  from openai import OpenAI

  class Embedder:
      def __init__(self, ${init}):
          self._client = OpenAI(api_key="x", base_url="https://example/serving-endpoints")
          self._endpoint = endpoint_name
      def embed(self, texts):
          return self._client.embeddings.create(model=self._endpoint, input=texts)
  ${extra}
`;

// The endpoint used in __init__ itself, from its parameter (a sweep: an agent class built as `Agent("...")`).
const agentClass = (construct: string) => py`
  from databricks_langchain import ChatDatabricks

  class Agent:
      def __init__(self, endpoint, temperature=0.1):
          self.llm = ChatDatabricks(endpoint=endpoint, temperature=temperature)
  ${construct}
`;

ruleCases(rule, {
  valid: [
    { name: "__init__'s parameter: constructed with the exact name", files: { "agent.py": agentClass(`AGENT = Agent("databricks-meta-llama-3-3-70b-instruct")`) } },
    { name: "__init__'s parameter: never constructed here", files: { "agent.py": agentClass("") } },
    { name: "__init__'s parameter: constructed with a value read at run time", files: { "agent.py": agentClass(`import os\nAGENT = Agent(os.environ["LLM"])`) } },
    // No construction in the analysed files: who builds it, with what, is not known.
    { name: "a class never constructed here", files: { "emb.py": embedder(`endpoint_name="databricks-gte-large"`) } },
    { name: "constructed with the exact name", files: { "emb.py": embedder(`endpoint_name`, `EMB = Embedder("databricks-gte-large-en")`) } },
    // A subclass may store another value, or construct through super().__init__ with its own.
    { name: "a class an analysed class derives from", files: {
      "emb.py": embedder(`endpoint_name="databricks-gte-large"`, py`
        class Other(Embedder):
            pass
        EMB = Other()
      `),
    } },
    // Two stores: which one a method reads depends on the order of calls.
    { name: "the attribute stored again in another method", files: {
      "emb.py": embedder(`endpoint_name="databricks-gte-large"`, `EMB = Embedder()`).replace(
        "    def embed(self, texts):", "    def use(self, name):\n        self._endpoint = name\n    def embed(self, texts):"),
    } },
    // `from pkg import emb` names pkg's own `emb` when pkg binds one: that is not the submodule's class.
    { name: "a name the package binds over its submodule", files: {
      "pkg/__init__.py": py`
        class emb:
            class Embedder:
                def __init__(self, endpoint_name):
                    pass
      `,
      "pkg/emb.py": embedder(`endpoint_name="databricks-gte-large-en"`),
      "app.py": py`
        from pkg import emb
        B = emb.Embedder("databricks-bge-large-e")
      `,
    } },
    { name: "a construction spreading its arguments", files: { "emb.py": embedder(`endpoint_name="databricks-gte-large-en"`, `ARGS = {}\nEMB = Embedder(**ARGS)`) } },
    // The store is not the parameter itself: `x or DEFAULT` is left unjudged.
    { name: "a store computed from the parameter", files: {
      "emb.py": embedder(`endpoint_name="databricks-gte-large"`, `EMB = Embedder()`).replace("self._endpoint = endpoint_name", "self._endpoint = endpoint_name.upper()"),
    } },
  ],
  invalid: [
    { name: "__init__'s parameter: a misspelt name passed by a construction, keyword or positional", files: {
      "agent.py": agentClass(`A = Agent("databricks-meta-llama-3-3-70b-instuct")\nB = Agent(endpoint="databricks-claude-sonet-4-5")`),
    }, errors: [
      { line: 6, messageId: "unknownNear", related: ["agent.py:5 used by ChatDatabricks(endpoint=...)"] },
      { line: 7, messageId: "unknownNear", related: ["agent.py:5 used by ChatDatabricks(endpoint=...)"] },
    ] },
    { name: "the __init__ default, left by a construction", files: { "emb.py": embedder(`endpoint_name="databricks-gte-large"`, `EMB = Embedder()`) },
      errors: [{ line: 4, column: 39, messageId: "unknownNear", related: ["emb.py:8 used by embeddings.create(...)"] }] },
    // `None or "..."` is the literal: a construction leaving the parameter None gets the fallback.
    { name: "a fallback after `or`, when the construction leaves the parameter None", files: {
      "emb.py": embedder(`endpoint_name=None`, `EMB = Embedder()`).replace("self._endpoint = endpoint_name", "self._endpoint = endpoint_name or \"databricks-gte-large\""),
    }, errors: [{ line: 6, messageId: "unknownNear" }] },
    { name: "a keyword and a positional argument of two constructions, in another module", files: {
      "emb.py": embedder(`endpoint_name="databricks-gte-large-en"`),
      "app.py": py`
        from emb import Embedder
        A = Embedder(endpoint_name="databricks-gte-larg")
        B = Embedder("databricks-bge-large-e")
      `,
    }, errors: [
      { file: "app.py", line: 2, messageId: "unknownNear", related: ["emb.py:8 used by embeddings.create(...)"] },
      { file: "app.py", line: 3, messageId: "unknownNear", related: ["emb.py:8 used by embeddings.create(...)"] },
    ] },
    { name: "constructions through the module: import pkg.emb as emb, from pkg import emb", files: {
      "pkg/__init__.py": "",
      "pkg/emb.py": embedder(`endpoint_name="databricks-gte-large-en"`),
      "app.py": py`
        import pkg.emb as emb
        A = emb.Embedder(endpoint_name="databricks-gte-larg")
      `,
      "other.py": py`
        from pkg import emb
        B = emb.Embedder("databricks-bge-large-e")
      `,
    }, errors: [
      { file: "app.py", line: 2, messageId: "unknownNear", related: ["pkg/emb.py:8 used by embeddings.create(...)"] },
      { file: "other.py", line: 2, messageId: "unknownNear", related: ["pkg/emb.py:8 used by embeddings.create(...)"] },
    ] },
  ],
});
