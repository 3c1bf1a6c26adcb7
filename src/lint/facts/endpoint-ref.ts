import type { Located, RelatedLocation } from "../types.js";

/**
 * A string that names a serving endpoint, wherever it was found: a serving.yaml
 * or bundle served entity / resources list / external-model config, or a Python
 * argument that carries an endpoint name. The fm-endpoint-* rules read these.
 */
export interface EndpointRef {
  name: Located<string>;
  /** What holds it, for messages: "model.resources.serving_endpoints", "ChatDatabricks(endpoint=...)". */
  context: string;
  /**
   * `system.ai.*` served entity names are UC model names, not endpoint names;
   * `provisioned` marks one served with provisioned-throughput fields (PT retirement day applies).
   */
  form: "endpoint" | "system-ai-entity";
  provisioned?: boolean;
  /**
   * True where only a bare endpoint name is valid (a URL or path is an error there).
   */
  expectsBareName: boolean;
  /**
   * Sent to a client that may not be Databricks' (an OpenAI client whose base URL is set at run time): only an
   * exact catalog name is certain to be a Databricks endpoint, so fm-endpoint-name (near misses) leaves it alone.
   */
  catalogOnly?: true;
  /** The call that uses a name written elsewhere (a constant, a default, a config dict): "used by ChatDatabricks(endpoint=...)". */
  usedBy?: RelatedLocation;
}
