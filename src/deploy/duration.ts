// Durations as serving.yaml writes them ("45m", "1h30m", "90s"); a bare integer
// is seconds, the same convention as serving.yaml's `deploy.timeout`.

const PART = /(\d+)\s*([hms])/g;
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 } as const;

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === "number") return Number.isInteger(text) && text > 0 ? text * 1000 : undefined;
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t) > 0 ? Number(t) * 1000 : undefined;
  if (!/^(\d+\s*[hms]\s*)+$/.test(t)) return undefined;
  let ms = 0;
  for (const m of t.matchAll(PART)) ms += Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  return ms > 0 ? ms : undefined;
}

/** "1h 2m 3s", "4m 05s", "12s": for progress lines and reports. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return `${h}h ${m}m ${String(s).padStart(2, "0")}s`;
  if (m) return `${m}m ${String(s).padStart(2, "0")}s`;
  return `${s}s`;
}
