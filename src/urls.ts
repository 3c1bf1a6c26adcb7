// The one canonical home of serving-ci on the web: the GitHub repository. Docs
// links, schema `$id`s, the README's modelines, SARIF's informationUri and
// package.json all derive from it, and __tests__/cli/urls.test.ts finds no other.
// Docs are the rendered pages (`/blob/main/...`); schemas use `/raw/main/...`,
// which GitHub redirects to the file's bytes, so editors (yaml-language-server
// follows redirects) and SchemaStore can fetch them from the same host.
export const REPOSITORY_URL = "https://github.com/serving-ci/serving-ci";
export const DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
export const SCHEMA_BASE = `${REPOSITORY_URL}/raw/main/schema/`;
