// Entry of the unit worker bundle (dist/cli/unit-worker/index.js), started by unit-pool.ts:
// the top of its own bundle, so it hands the rule registry to the engine, as the CLI does.
// A rejection is uncaught in the worker: the pool sees an error event and lints the rest itself.
import { RULES } from "../../rules/index.js";
import { runUnitWorker } from "./unit-worker.js";

void runUnitWorker(RULES);
