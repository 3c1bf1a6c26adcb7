import mlflow

mlflow.set_registry_uri("databricks-uc")
with mlflow.start_run():
    mlflow.pyfunc.log_model(
        name="ticket_router",
        python_model="model.py",
        artifacts={"pipeline": "artifacts/pipeline.joblib"},
        pip_requirements="requirements.txt",
        input_example=[{"text": "My invoice is wrong"}],
        registered_model_name="main.support.ticket_router",
    )
