/** The SDK's serving config dataclasses as our data (see gen-sdk-serving.mjs). */
export interface SdkField {
  type: "string" | "integer" | "boolean" | "number" | "any" | "object";
  required: boolean;
  list?: boolean;
  map?: boolean;
  class?: string;
  enum?: string;
}
export interface SdkMethod {
  params: Record<string, SdkField>;
  /** Parameters a positional argument fills, in order (before `*`). */
  positional: string[];
}
export interface SdkServingData {
  classes: Record<string, Record<string, SdkField>>;
  enums: Record<string, string[]>;
  /** With methods: each dataclass's fields in declaration order (its positional arguments). */
  positional?: Record<string, string[]>;
  /** With methods: each enum's member names → values. */
  enumMembers?: Record<string, Record<string, string>>;
  /** ServingEndpointsAPI methods by name. */
  methods?: Record<string, SdkMethod>;
}
export const ROOTS: string[];
export const METHODS: string[];
export function deriveSdkServing(source: string, roots?: readonly string[], methods?: readonly string[]): SdkServingData;
export function render(data: SdkServingData): string;
export const DATA_PATH: string;
