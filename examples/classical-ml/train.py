"""Trains a churn classifier and logs it with a pinned environment."""

import mlflow
import mlflow.sklearn
import pandas as pd
from mlflow.models import infer_signature
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

FEATURES = ["tenure_months", "monthly_charges", "support_tickets"]

df = pd.read_parquet("/Volumes/main/churn/raw/customers.parquet")
X_train, X_test, y_train, y_test = train_test_split(df[FEATURES], df["churned"], test_size=0.2, random_state=7)

mlflow.set_registry_uri("databricks-uc")
with mlflow.start_run():
    model = GradientBoostingClassifier(n_estimators=200, max_depth=3).fit(X_train, y_train)
    mlflow.log_metric("accuracy", model.score(X_test, y_test))
    mlflow.sklearn.log_model(
        model,
        name="churn_model",
        signature=infer_signature(X_train, model.predict(X_train)),
        input_example=X_train.head(3),
        pip_requirements=["mlflow==3.6.0", "scikit-learn==1.5.2", "pandas==2.2.3", "numpy==1.26.4"],
        registered_model_name="main.churn.churn_model",
    )
