// output-helpers when the agent class defines its own create_text_output_item (or another
// helper name): that method replaces the helper, so the dict it returns is not a raw item,
// however it reaches output=. A dict from a method with any other name still is.
import rule from "../../rules/output-helpers.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const head = py`
  from mlflow.pyfunc import ResponsesAgent
  from mlflow.types.responses import ResponsesAgentResponse, ResponsesAgentStreamEvent
`;

ruleCases(rule, {
  valid: [
    { name: "an override of the helper, called directly, through a variable and in a stream event", files: {
      "agent.py": head + "\n" + py`
        class Agent(ResponsesAgent):
            def create_text_output_item(self, text, id):
                return {"type": "message", "id": id, "role": "assistant", "content": [{"type": "output_text", "text": text}]}

            def create_function_call_output_item(self, call_id, output):
                item = {"type": "function_call_output", "call_id": call_id, "output": output}
                return item

            def predict(self, request):
                reply = self.create_text_output_item(text="hi", id="m1")
                done = self.create_function_call_output_item(call_id="c1", output="{}")
                return ResponsesAgentResponse(output=[reply, done, self.create_text_output_item("yo", "m2")])

            def predict_stream(self, request):
                yield ResponsesAgentStreamEvent(type="response.output_item.done", item=self.create_text_output_item("x", "m3"))
      `,
    } },
  ],
  invalid: [
    { name: "a method that is not a helper override still returns a raw item", files: {
      "agent.py": head + "\n" + py`
        class Agent(ResponsesAgent):
            def create_text_output_item(self, text, id):
                return {"type": "message", "id": id, "content": [{"type": "output_text", "text": text}]}

            def text_message(self, text):
                return {"type": "message", "id": "m9", "content": [{"type": "output_text", "text": text}]}

            def predict(self, request):
                return ResponsesAgentResponse(output=[self.create_text_output_item("a", "m1"), self.text_message("b")])
      `,
    }, errors: [{ line: 9, column: 16, messageId: "rawItem", message: "create_text_output_item(text=..., id=...)" }] },
  ],
});
