/** Our bundle data derived from the CLI's bundle JSON schema (see gen-bundle-schema.mjs). */
export interface BundleSchemaData {
  resourceTypes: string[];
  modelServingEndpoint: { $ref: string; definitions: Record<string, unknown> };
}
export function deriveBundleSchema(cli: unknown): BundleSchemaData;
export function render(data: BundleSchemaData): string;
export const DATA_PATH: string;
