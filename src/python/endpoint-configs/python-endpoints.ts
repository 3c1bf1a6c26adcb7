// Every call in the analysed code that sends an endpoint config, in each form we
// know (SDK, mlflow.deployments, REST bodies, agents.deploy), as endpoint facts. Calls are matched by what their receiver
// holds (followed through the evaluator), never by the receiver's name.
import path from "node:path";
import { calleeName } from "../calls.js";
import type { Project } from "../resolve.js";
import type { ReceiverKind } from "../resources.js";
import type { PyExpr, PyModule } from "../types.js";
import type { PythonEndpointConfig } from "./endpoint-config.js";
import { agentsDeployCall } from "./agents-deploy.js";
import { deployClientCall } from "./deploy-client-calls.js";
import { restCall } from "./rest-calls.js";
import { sdkEndpointCall } from "./sdk-calls.js";
import { installedSdk, projectSdk, type IncludedRequirements, type ManifestText, type SdkRelease } from "./sdk-pin.js";
import { LocatedBuilder } from "./to-located.js";

/** Callee names any form can match: a cheap filter before anything is resolved. */
const CANDIDATES = new Set([
  "create", "create_and_wait", "update_config", "update_config_and_wait", "put_ai_gateway",
  "create_endpoint", "update_endpoint", "update_endpoint_config",
  "post", "put", "request", "do", "deploy", "urlopen",
]);

/** The SDK release a module's own pip lines install, else its project's manifests; undefined when neither says. */
function sdkRelease(module: PyModule, includedBy?: (module: PyModule) => IncludedRequirements, manifests?: ManifestText): SdkRelease | undefined {
  return installedSdk(module.source.text, includedBy?.(module)) ?? (manifests ? projectSdk(path.dirname(module.source.absPath), manifests) : undefined);
}

/**
 * `includedBy(module)` reads the requirements files a module's pip lines install, `manifests` the project's
 * requirements.txt and pyproject.toml (for the SDK release they pin).
 */
export function pythonEndpointConfigs(
  project: Project, receiverKind: (e: PyExpr) => ReceiverKind | undefined, includedBy?: (module: PyModule) => IncludedRequirements,
  manifests?: ManifestText,
): PythonEndpointConfig[] {
  const build = new LocatedBuilder(project);
  const isWorkspace = (e: PyExpr) => receiverKind(e) === "workspace";
  const isDeployClient = (e: PyExpr) => receiverKind(e) === "deploy";
  const out: PythonEndpointConfig[] = [];
  for (const module of project.modules) {
    let sdk: SdkRelease | "unknown" | undefined;
    for (const call of module.calls) {
      if (!CANDIDATES.has(calleeName(call) ?? "")) continue;
      const found = sdkEndpointCall(call, isWorkspace, build) ?? deployClientCall(call, isDeployClient, build) ?? restCall(call, project, isWorkspace, build) ?? agentsDeployCall(call, project, build);
      if (found?.shape.kind === "sdk-method") {
        sdk ??= sdkRelease(module, includedBy, manifests) ?? "unknown";
        if (sdk !== "unknown") found.shape = { ...found.shape, sdk };
      }
      if (found) out.push(found);
    }
  }
  return out;
}
