// The shape of one emulator route, shared by the server and the route tables.

import type { Reply } from "./respond.js";

export interface Ctx {
  match: RegExpExecArray;
  query: URLSearchParams;
  json: () => unknown;
  form: () => URLSearchParams;
  authorization: string | undefined;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

/** open: no workspace token (OAuth, the fake GitHub, health); control: the control token instead of it. */
export type Route = [method: string, path: RegExp, handler: Handler, flags?: { open?: boolean; control?: boolean }];

/** The i-th capture of the path, URL-decoded. */
export function seg(c: Ctx, i: number): string {
  return decodeURIComponent(c.match[i] ?? "");
}
