/** Generates a synthetic repository of `n` endpoint projects under `dir` (see corpus.mjs). */
export function generateCorpus(dir: string, n: number, options?: { notebook?: boolean }): void;
