// Secrets must never reach a log line, an error message or a recorded request.
// Known secrets are registered as they are learned (PAT, client secret, ID token,
// access tokens); a few shapes are masked even when nobody registered them.

const SHAPES: RegExp[] = [
  /\bdapi[0-9a-zA-Z-]{8,}/g, // PAT-like
  /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, // JWT-like
];
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[\w.~+/=-]{8,}/gi;

export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    // Very short values would mask ordinary words; they are not credentials anyway.
    if (secret && secret.length >= 6) this.secrets.add(secret);
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is masked whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
    for (const shape of SHAPES) out = out.replace(shape, "***");
    return out.replace(AUTH_SCHEME, (_m, scheme: string) => `${scheme} ***`);
  }
}
