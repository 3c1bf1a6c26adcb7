import rule from "../../rules/output-helpers.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const head = py`
  import mlflow
  from mlflow.pyfunc import ResponsesAgent
  from mlflow.types.responses import ResponsesAgentResponse, ResponsesAgentStreamEvent
`;

ruleCases(rule, {
  valid: [
    {
      name: "helpers, chat messages for the LLM, tool schemas and custom_outputs",
      files: {
        "agent.py": head + "\n" + py`
          TOOLS = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]

          class Agent(ResponsesAgent):
              def predict(self, request):
                  messages = [{"role": "system", "content": "Be brief."}]
                  messages.append({"role": "user", "content": "hi"})
                  reply = self.client.chat.completions.create(model="m", messages=messages, tools=TOOLS)
                  out = [self.create_text_output_item(text=reply, id="msg_1")]
                  out.append(self.create_function_call_output_item(call_id="c1", output="{}"))
                  return ResponsesAgentResponse(output=out, custom_outputs={"type": "message", "n": 1})

              def predict_stream(self, request):
                  yield ResponsesAgentStreamEvent(**self.create_text_delta(delta="h", item_id="msg_1"))
                  yield ResponsesAgentStreamEvent(type="response.output_item.done", item=self.create_text_output_item("hi", "msg_1"))
        `,
      },
    },
    {
      name: "dicts in ChatAgent and PythonModel code are fine",
      files: {
        "agent.py": py`
          from mlflow.pyfunc import ChatAgent, PythonModel
          from mlflow.types.agent import ChatAgentResponse

          class Chat(ChatAgent):
              def predict(self, messages, context=None, custom_inputs=None):
                  return ChatAgentResponse(messages=[{"role": "assistant", "content": "hi", "id": "1"}])

          class Model(PythonModel):
              def predict(self, context, model_input):
                  return [{"role": "assistant", "content": "hi"}]
        `,
      },
    },
    {
      name: "an output list built at run time is not judged",
      files: {
        "agent.py": head + "\n" + py`
          class Agent(ResponsesAgent):
              def predict(self, request):
                  return ResponsesAgentResponse(output=[item for item in self.graph.invoke(request)])
        `,
      },
    },
    {
      // Only output_item events carry an output item; a custom event may put any payload in item=, and no helper
      // builds one. A type computed at run time is not judged either.
      name: "custom stream events and a computed event type",
      files: {
        "agent.py": head + "\n" + py`
          class Agent(ResponsesAgent):
              def predict_stream(self, request):
                  yield ResponsesAgentStreamEvent(type="response.debug", item={"step": "retrieve", "ms": 12})
                  yield ResponsesAgentStreamEvent(**{"type": "response.debug", "item": {"step": "rank"}})
                  yield ResponsesAgentStreamEvent(type=request.custom_inputs["event"], item={"note": "x"})

              def predict(self, request): ...
        `,
      },
    },
  ],
  invalid: [
    {
      name: "an output_item.added event with a raw item, by keyword and through a spread",
      files: {
        "agent.py": head + "\n" + py`
          class Agent(ResponsesAgent):
              def predict_stream(self, request):
                  yield ResponsesAgentStreamEvent(type="response.output_item.added", item={"type": "message", "id": "m1", "content": []})
                  yield ResponsesAgentStreamEvent(**{"type": "response.output_item.done", "item": {"type": "reasoning", "id": "r"}})

              def predict(self, request): ...
        `,
      },
      errors: [
        { line: 7, messageId: "rawItem", message: 'without "role"; build it with self.create_text_output_item(' },
        { line: 8, messageId: "rawItem", message: 'without "summary"; build it with self.create_reasoning_item(' },
      ],
    },
    {
      name: "a raw dict directly, through a variable, and from a function of the same file",
      files: {
        "agent.py": head + "\n" + py`
          def tool_result(call_id, text):
              return {"type": "function_call_output", "call_id": call_id, "output": text}

          class Agent(ResponsesAgent):
              def predict(self, request):
                  msg = {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "x"}]}
                  output = [{"role": "assistant", "content": "hello"}]
                  output.append(msg)
                  output.append(tool_result("c1", "{}"))
                  return ResponsesAgentResponse(output=output)
        `,
      },
      errors: [
        // Complete: valid today, still better built with the helper.
        { line: 6, column: 12, messageId: "rawCompleteItem", severity: "warning", message: "create_function_call_output_item(call_id=..., output=...)" },
        { line: 10, column: 15, messageId: "rawItem", message: 'without "id"; build it with self.create_text_output_item(text=..., id=...)' },
        { line: 11, column: 19, messageId: "rawItem", message: 'without "type", "id"; build it' },
      ],
    },
    {
      name: "a stream event item and a delta built as dicts",
      files: {
        "agent.py": head + "\n" + py`
          class Agent(ResponsesAgent):
              def predict_stream(self, request):
                  yield ResponsesAgentStreamEvent(**{"type": "response.output_text.delta", "item_id": "m1", "delta": "h"})
                  yield ResponsesAgentStreamEvent(type="response.output_item.done", item={"type": "function_call", "id": "f", "call_id": "c", "name": "n", "arguments": "{}"})

              def predict(self, request): ...
        `,
      },
      errors: [
        { line: 7, messageId: "rawCompleteItem", severity: "warning", message: "create_text_delta(delta=..., item_id=...)" },
        { line: 8, messageId: "rawCompleteItem", severity: "warning", message: "create_function_call_item(" },
      ],
    },
    {
      // Sweep N: agents hand-build the whole message item; one without an id, or a text part without its type, fails.
      name: "a complete message item, one without its id, one whose text part has no type, and one spread from a base",
      files: {
        "agent.py": head + "\n" + py`
          class Agent(ResponsesAgent):
              def predict(self, request):
                  done = {"type": "message", "id": "m1", "role": "assistant", "content": [{"type": "output_text", "text": "x", "annotations": []}]}
                  no_id = {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "x"}]}
                  bare_part = {"type": "message", "id": "m2", "role": "assistant", "content": [{"text": "x"}]}
                  spread = {**BASE, "id": "m3"}
                  return ResponsesAgentResponse(output=[done, no_id, bare_part, spread])
        `,
      },
      errors: [
        { line: 7, messageId: "rawCompleteItem", severity: "warning" },
        { line: 8, messageId: "rawItem", message: 'without "id";' },
        { line: 9, messageId: "rawItem", message: 'without "content[].type";' },
        { line: 10, messageId: "rawCompleteItem", severity: "warning" },
      ],
    },
    {
      name: "helpers called without their required arguments",
      files: {
        "agent.py": head + "\n" + py`
          class Agent(ResponsesAgent):
              def predict(self, request):
                  return ResponsesAgentResponse(output=[self.create_text_output_item("hello")])

              def predict_stream(self, request):
                  yield ResponsesAgentStreamEvent(**self.create_text_delta(delta="h"))
        `,
      },
      errors: [
        { line: 7, messageId: "missingArgs", message: "create_text_output_item is called without id=" },
        { line: 10, messageId: "missingArgs", message: "without item_id=" },
      ],
    },
  ],
});
