"""A custom pyfunc: text normalisation around a scikit-learn pipeline loaded from an artifact."""

import re

import mlflow
import pandas as pd
from mlflow.pyfunc import PythonModel


class TicketRouter(PythonModel):
    def load_context(self, context):
        import joblib

        self.pipeline = joblib.load(context.artifacts["pipeline"])

    def predict(self, context, model_input: pd.DataFrame, params=None):
        text = model_input["text"].map(lambda t: re.sub(r"\s+", " ", t).strip().lower())
        # Plain records out: this is a PythonModel, not a ResponsesAgent.
        return [{"queue": q, "text": t} for q, t in zip(self.pipeline.predict(text), text)]


mlflow.models.set_model(TicketRouter())
