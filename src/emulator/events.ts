// What happened inside the emulated workspace, stamped with the emulated instant
// (benchmarks measure the verdict's delay after `endpoint_ready`).

export interface EmulatorEvent {
  at: number;
  type:
    | "endpoint_created"
    | "endpoint_deleted"
    | "update_started"
    | "image_built"
    | "update_failed"
    | "update_rolled_back"
    | "endpoint_ready"
    | "run_started"
    | "run_state"
    | "deployment_applied";
  endpoint?: string;
  runId?: number;
  detail?: string;
}
