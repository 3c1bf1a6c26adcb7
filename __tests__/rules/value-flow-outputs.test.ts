// output-helpers through the evaluator (outputs.ts): a dict literal that reaches
// ResponsesAgentResponse(output=...) through a helper in another module or a
// dataclass field is a raw output item; a helper-built item stays silent.
import rule from "../../rules/output-helpers.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const head = py`
  from dataclasses import dataclass
  from mlflow.pyfunc import ResponsesAgent
  from mlflow.types.responses import ResponsesAgentResponse
`;

ruleCases(rule, {
  valid: [
    { name: "a helper-built item through a dataclass field, and a dict the evaluator cannot follow", files: {
      "agent.py": head + "\n" + py`
        @dataclass
        class Step:
            item: dict

        class Agent(ResponsesAgent):
            def predict(self, request):
                step = Step(item=self.create_text_output_item(text="hi", id="m1"))
                other = Step(item=read_item())
                return ResponsesAgentResponse(output=[step.item, other.item])
      `,
    } },
  ],
  invalid: [
    { name: "a dict from a helper in another module, and through a dataclass field", files: {
      "items.py": py`
        def text_item(text):
            return {"type": "message", "id": "m1", "content": [{"type": "output_text", "text": text}]}
      `,
      "agent.py": head + py`
        from items import text_item

        @dataclass
        class Step:
            item: dict

        class Agent(ResponsesAgent):
            def predict(self, request):
                step = Step(item={"type": "message", "id": "m2", "content": []})
                return ResponsesAgentResponse(output=[text_item("hi"), step.item])
      `,
    }, errors: [
      { file: "agent.py", line: 12, messageId: "rawItem" },
      { file: "items.py", line: 2, messageId: "rawItem" },
    ] },
  ],
});
