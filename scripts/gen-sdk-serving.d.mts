/** The SDK's serving config dataclasses as our data (see gen-sdk-serving.mjs). */
export interface SdkField {
  type: "string" | "integer" | "boolean" | "number" | "any" | "object";
  required: boolean;
  list?: boolean;
  map?: boolean;
  class?: string;
  enum?: string;
}
export interface SdkServingData {
  classes: Record<string, Record<string, SdkField>>;
  enums: Record<string, string[]>;
}
export const ROOTS: string[];
export function deriveSdkServing(source: string, roots?: readonly string[]): SdkServingData;
export function render(data: SdkServingData): string;
export const DATA_PATH: string;
