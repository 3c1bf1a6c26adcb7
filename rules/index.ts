// Every rule, sorted by id. The `rules` command, the docs test and the engine read this list.
import type { Rule } from "../src/lint/define-rule.js";
import agentInterface from "./agent-interface.js";
import declaredResources from "./declared-resources.js";
import fmEndpointName from "./fm-endpoint-name.js";
import fmEndpointRetired from "./fm-endpoint-retired.js";
import missingRequirements from "./missing-requirements.js";
import onlineDeployJob from "./online-deploy-job.js";
import onlineEndpoints from "./online-endpoints.js";
import onlineModelVersions from "./online-model-versions.js";
import onlineResources from "./online-resources.js";
import onlineSecrets from "./online-secrets.js";
import outputHelpers from "./output-helpers.js";
import parse from "./parse.js";
import pinnedRequirements from "./pinned-requirements.js";
import requirementConflicts from "./requirement-conflicts.js";
import schema from "./schema.js";
import secretsInEnv from "./secrets-in-env.js";
import servedEntities from "./served-entities.js";
import trafficConfig from "./traffic-config.js";
import ucNames from "./uc-names.js";
import unusedSuppression from "./unused-suppression.js";

export const RULES: readonly Rule[] = [
  agentInterface, declaredResources, fmEndpointName, fmEndpointRetired, missingRequirements, onlineDeployJob, onlineEndpoints,
  onlineModelVersions, onlineResources, onlineSecrets, outputHelpers, parse,
  pinnedRequirements, requirementConflicts, schema, secretsInEnv, servedEntities, trafficConfig, ucNames, unusedSuppression,
];
