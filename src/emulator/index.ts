// Public surface of the workspace emulator.

export { startEmulator, type Emulator, type EmulatorOptions } from "./server.js";
export { emulatorCommand, EMULATOR_USAGE } from "./command.js";
export {
  DEFAULT_TOKEN,
  DEFAULT_KNOBS,
  REALISTIC_KNOBS,
  FAULT_KINDS,
  buildScenario,
  loadScenarioFile,
  type Knobs,
  type Faults,
  type FaultKind,
  type Scenario,
  type ScenarioInput,
} from "./scenario.js";
export type { LoggedRequest, RequestLog } from "./request-log.js";
export type { EmulatorEvent } from "./events.js";
