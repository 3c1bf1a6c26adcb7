// Templates and workshop files leave names for the reader to fill in: `space_id=""`,
// `entity_name: <your model, e.g. catalog.schema.agent_model>`. Such a value names nothing yet,
// so no rule judges it as a name (no resource name or identifier holds angle brackets).

/** A value left to fill in: empty, or one `<...>` as a whole. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return v === "" || /^<[^<>]*>$/.test(v);
}
