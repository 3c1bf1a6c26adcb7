"""Support agent: LangGraph tool calling over a Databricks foundation model, served as a ResponsesAgent.

Logged as models-from-code by log_model.py; the constants below are imported there, so the
declared resources cannot drift from what the agent uses.
"""

from typing import Annotated, Generator, Sequence, TypedDict

import mlflow
from databricks_langchain import ChatDatabricks, UCFunctionToolkit, VectorSearchRetrieverTool
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.runnables import RunnableConfig, RunnableLambda
from langgraph.graph import END, StateGraph
from langgraph.graph.message import add_messages
from langgraph.prebuilt.tool_node import ToolNode
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse, ResponsesAgentStreamEvent

LLM_ENDPOINT = "databricks-claude-sonnet-4-5"
DOCS_INDEX = "main.support.docs_index"
UC_FUNCTIONS = ["main.support.lookup_order", "main.support.refund_status"]
SYSTEM_PROMPT = "You are a support agent. Look an order up before answering a question about it."

llm = ChatDatabricks(endpoint=LLM_ENDPOINT, temperature=0.1)
tools = [
    *UCFunctionToolkit(function_names=UC_FUNCTIONS).tools,
    VectorSearchRetrieverTool(
        index_name=DOCS_INDEX,
        tool_name="search_docs",
        tool_description="Search the product documentation and return the most relevant passages",
    ),
]


class AgentState(TypedDict):
    messages: Annotated[Sequence[BaseMessage], add_messages]


def build_graph():
    model = llm.bind_tools(tools)

    def should_continue(state: AgentState) -> str:
        last = state["messages"][-1]
        return "tools" if isinstance(last, AIMessage) and last.tool_calls else END

    def call_model(state: AgentState, config: RunnableConfig):
        # Chat-completions messages for the LLM: not Responses output items.
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, *state["messages"]]
        return {"messages": [model.invoke(messages, config)]}

    graph = StateGraph(AgentState)
    graph.add_node("agent", RunnableLambda(call_model))
    graph.add_node("tools", ToolNode(tools))
    graph.set_entry_point("agent")
    graph.add_conditional_edges("agent", should_continue, {"tools": "tools", END: END})
    graph.add_edge("tools", "agent")
    return graph.compile()


class SupportAgent(ResponsesAgent):
    def __init__(self):
        self.graph = build_graph()

    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        done = [e.item for e in self.predict_stream(request) if e.type == "response.output_item.done"]
        return ResponsesAgentResponse(output=done, custom_outputs=request.custom_inputs)

    def predict_stream(self, request: ResponsesAgentRequest) -> Generator[ResponsesAgentStreamEvent, None, None]:
        messages = self.prep_msgs_for_cc_llm([item.model_dump() for item in request.input])
        for event in self.graph.stream({"messages": messages}, stream_mode="updates"):
            for update in event.values():
                yield from self.output_to_responses_items_stream(update["messages"])


mlflow.langchain.autolog()
AGENT = SupportAgent()
mlflow.models.set_model(AGENT)
