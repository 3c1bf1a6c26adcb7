// Entry of the parse worker bundle (dist/cli/parse-worker/index.js), started by parse-pool.ts.
import { runParseWorker } from "./parse-worker.js";

await runParseWorker();
