// The emulated workspace: an HTTP server on 127.0.0.1 speaking the real paths,
// field names, enums and error bodies (see ../../../shared/reference §1-§4),
// with emulated time, scenarios, seeded faults and a request log.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { scaledClock, type Clock } from "../databricks/clock.js";
import { Timeline } from "./timeline.js";
import { EndpointStore } from "./endpoints.js";
import { JobStore } from "./jobs.js";
import { WorkspaceAuth } from "./oidc.js";
import { FaultInjector } from "./faults.js";
import { RequestLog, loggableBody, type LoggedRequest } from "./request-log.js";
import { checkControl, newControlToken } from "./control-auth.js";
import { invocationAnswer } from "./invocations.js";
import { payloadProblem } from "./payload-shape.js";
import { ReplyError, apiError, invalidParam, ok, type Reply } from "./respond.js";
import { UserError } from "../errors.js";
import { DEFAULT_TOKEN, buildScenario, parseScenario, type Scenario, type ScenarioInput, type FaultKind } from "./scenario.js";
import type { EmulatorEvent } from "./events.js";
import { WorkspaceObjects } from "./workspace-objects.js";
import { seg, type Route } from "./route.js";
import { withErrorDetails } from "./error-details.js";

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** The workspace PAT; default `dapi-emulator-token`. */
  token?: string;
  /** Bearer for the `/_emulator/*` control routes; default: random per start (see control-auth.ts). */
  controlToken?: string;
  /** Emulated time runs this many times faster than real time (default 1). */
  speed?: number;
  /** Overrides `speed`: share one clock with a client to compare instants. */
  clock?: Clock;
  scenario?: ScenarioInput;
}

export interface Emulator {
  /** Base URL, e.g. http://127.0.0.1:41234 (use as DATABRICKS_HOST). */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Bearer for `/_emulator/scenario`, `/requests`, `/events`. */
  readonly controlToken: string;
  readonly clock: Clock;
  readonly log: RequestLog;
  readonly events: readonly EmulatorEvent[];
  readonly scenario: Scenario;
  /** For ACTIONS_ID_TOKEN_REQUEST_URL; the bearer is `scenario.auth.githubRequestToken`. */
  readonly githubIdTokenUrl: string;
  setScenario(input: ScenarioInput): void;
  /** Invalidates every OAuth access token issued so far. */
  revokeOAuthTokens(): void;
  close(): Promise<void>;
}


const MAX_BODY = 16 * 1024 * 1024;

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clock = options.clock ?? scaledClock(options.speed ?? 1);
  const token = options.token ?? DEFAULT_TOKEN;
  const controlToken = options.controlToken ?? newControlToken();
  let scenario = buildScenario(options.scenario ?? {});
  let baseUrl = "";
  const events: EmulatorEvent[] = [];
  const emit = (e: EmulatorEvent): void => void events.push(e);
  const timeline = new Timeline(clock);
  const objects = new WorkspaceObjects(timeline, () => scenario.denied, () => baseUrl);
  objects.seed(options.scenario?.workspace);
  const endpoints = new EndpointStore(timeline, () => scenario, emit, (name, version) => objects.uc.entityProblem(name, version), () => baseUrl);
  const jobs = new JobStore(timeline, () => scenario, endpoints, emit, () => baseUrl);
  const auth = new WorkspaceAuth(token, () => scenario.auth, () => baseUrl, (id) => endpoints.isRouteOptimized(id));
  const faults = new FaultInjector(scenario.faults);
  const log = new RequestLog();
  for (const settings of scenario.jobs) jobs.create(settings, "2.2");

  const S = "([^/]+)";
  const J = "/api/(2\\.[12])/jobs";
  const routes: Route[] = [
    ["GET", /^\/oidc\/\.well-known\/oauth-authorization-server$/, () => auth.discovery(), { open: true }],
    ["POST", /^\/oidc\/v1\/token$/, (c) => auth.token(c.form(), c.authorization), { open: true }],
    ["GET", /^\/_emulator\/github\/id-token$/, (c) => auth.githubIdToken(c.query, c.authorization), { open: true }],
    ["GET", /^\/_emulator\/health$/, () => ok({ status: "ok" }), { open: true }],
    ["GET", /^\/_emulator\/requests$/, () => ok({ requests: log.entries }), { control: true }],
    ["GET", /^\/_emulator\/events$/, () => ok({ events }), { control: true }],
    ["PUT", /^\/_emulator\/scenario$/, (c) => putScenario(c.json()), { control: true }],
    ["GET", /^\/api\/2\.0\/serving-endpoints$/, () => ok(endpoints.list())],
    ["POST", /^\/api\/2\.0\/serving-endpoints$/, (c) => ok(endpoints.create(c.json()))],
    ["GET", new RegExp(`^/api/2\\.0/serving-endpoints/${S}$`), (c) => ok(endpoints.get(seg(c, 1)))],
    ["DELETE", new RegExp(`^/api/2\\.0/serving-endpoints/${S}$`), (c) => ok(endpoints.delete(seg(c, 1)))],
    ["PUT", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/config$`), (c) => ok(endpoints.updateConfig(seg(c, 1), c.json()))],
    ["PUT", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/ai-gateway$`), (c) => ok(endpoints.putAiGateway(seg(c, 1), c.json()))],
    ["PATCH", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/tags$`), (c) => ok(endpoints.patchTags(seg(c, 1), c.json()))],
    ["GET", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/served-models/${S}/build-logs$`), (c) => ok(endpoints.logs(seg(c, 1), seg(c, 2), "build"))],
    ["GET", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/served-models/${S}/logs$`), (c) => ok(endpoints.logs(seg(c, 1), seg(c, 2), "server"))],
    ["POST", new RegExp(`^/serving-endpoints/${S}/invocations$`), (c) => invoke(seg(c, 1), c.json())],
    ["POST", new RegExp(`^/ro/${S}/serving-endpoints/${S}/invocations$`), (c) => auth.checkDataPlane(c.authorization, seg(c, 1)) ?? invoke(seg(c, 2), c.json(), seg(c, 1)), { open: true }],
    ["POST", new RegExp(`^${J}/create$`), (c) => ok(jobs.create(c.json(), c.match[1] ?? "2.2"))],
    ["GET", new RegExp(`^${J}/get$`), (c) => ok(jobs.get(c.query.get("job_id") ?? undefined))],
    ["GET", new RegExp(`^${J}/list$`), (c) => ok(jobs.list(c.query))],
    ["POST", new RegExp(`^${J}/run-now$`), (c) => ok(jobs.runNow(c.json()))],
    ["GET", new RegExp(`^${J}/runs/get$`), (c) => ok(jobs.getRun(c.query.get("run_id") ?? undefined))],
    ["GET", new RegExp(`^${J}/runs/get-output$`), (c) => ok(jobs.getOutput(c.query.get("run_id") ?? undefined))],
    ["POST", new RegExp(`^${J}/runs/cancel$`), (c) => ok(jobs.cancel(c.json()))],
    ["POST", new RegExp(`^${J}/runs/cancel-all$`), (c) => ok(jobs.cancelAll(c.json()))],
    ...objects.routes(),
  ];

  function invoke(name: string, body: unknown, dataPlaneId?: string): Reply {
    const { task, served } = dataPlaneId === undefined ? endpoints.route(name) : endpoints.route(name, "data-plane", dataPlaneId);
    return payloadProblem(task, body) ?? { status: 200, body: invocationAnswer(task, body), headers: { "served-model-name": served } };
  }

  function putScenario(json: unknown): Reply {
    try {
      setScenario(parseScenario(json, "PUT /_emulator/scenario"));
    } catch (err) {
      if (err instanceof UserError) return invalidParam(err.message);
      throw err;
    }
    return ok(scenario);
  }

  function setScenario(input: ScenarioInput): void {
    scenario = buildScenario(input, scenario);
    faults.update(scenario.faults);
    objects.seed(input.workspace);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    timeline.advance();
    const at = clock.now();
    const url = new URL(req.url ?? "/", "http://emulator");
    const path = url.pathname;
    const method = req.method ?? "GET";
    const text = await readBody(req);
    const entry: Omit<LoggedRequest, "seq"> = { at, method, path, query: Object.fromEntries(url.searchParams), status: 0 };
    const isForm = (req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded");

    const fault = path.startsWith("/_emulator") ? undefined : faults.pick(path);
    if (fault) entry.fault = fault;
    const early = fault ? faultReply(fault, faults.retryAfterSeconds) : undefined;
    if (fault === "reset") return drop(res, entry);
    if (early) return send(res, early, entry);

    timeline.advance(); // reading the body took time: apply what became due meanwhile
    let reply: Reply;
    const route = routes.find(([m, re]) => m === method && re.test(path));
    if (!route) {
      reply = apiError(404, "ENDPOINT_NOT_FOUND", `No API found for '${method} ${path}'`);
    } else {
      const [, re, handler, flags] = route;
      const denied = flags?.open ? undefined : flags?.control ? checkControl(req.headers.authorization, controlToken) : auth.check(req.headers.authorization);
      if (denied) {
        reply = denied;
      } else {
        // Only requests that passed auth keep a body in the log: a flood of rejected ones must not grow it.
        if (text && !flags?.control) entry.body = loggableBody(text, isForm);
        try {
          reply = await handler({
            match: re.exec(path) as RegExpExecArray,
            query: url.searchParams,
            json: () => parseJson(text),
            form: () => new URLSearchParams(text),
            authorization: req.headers.authorization,
          });
        } catch (err) {
          reply = err instanceof ReplyError ? err.reply : apiError(500, "INTERNAL_ERROR", `Emulator error: ${(err as Error).message}`);
        }
      }
    }
    // An open route (the token endpoint) that refused the caller keeps no body either.
    if (reply.status === 401 || reply.status === 403) delete entry.body;
    if (fault === "reset-after") return drop(res, entry); // processed, but the answer is lost
    if (fault === "slow") await clock.sleep(faults.slowMs);
    send(res, reply, entry);
  }

  function send(res: ServerResponse, reply: Reply, entry: Omit<LoggedRequest, "seq">): void {
    entry.status = reply.status;
    log.add(entry);
    const requestId = randomUUID();
    const body = JSON.stringify(withErrorDetails(entry.path, reply, requestId) ?? {});
    res.writeHead(reply.status, { "content-type": "application/json", "x-request-id": requestId, ...reply.headers });
    res.end(body);
  }

  function drop(res: ServerResponse, entry: Omit<LoggedRequest, "seq">): void {
    entry.status = "reset";
    log.add(entry);
    res.socket?.destroy();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, apiError(500, "INTERNAL_ERROR", `Emulator error: ${(err as Error).message}`), { at: clock.now(), method: req.method ?? "", path: req.url ?? "", query: {}, status: 500 });
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;

  return {
    url: baseUrl,
    port: address.port,
    token,
    controlToken,
    clock,
    log,
    events,
    get scenario() {
      return scenario;
    },
    githubIdTokenUrl: `${baseUrl}/_emulator/github/id-token?api-version=2.0`,
    setScenario,
    revokeOAuthTokens: () => auth.revokeAll(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function faultReply(kind: FaultKind, retryAfterSeconds: number): Reply | undefined {
  switch (kind) {
    case "429":
      return apiError(429, "REQUEST_LIMIT_EXCEEDED", "REQUEST_LIMIT_EXCEEDED: RPC token bucket limit has been exceeded.");
    case "429-retry-after":
      return {
        status: 429,
        headers: { "retry-after": String(retryAfterSeconds) },
        body: {
          error_code: "REQUEST_LIMIT_EXCEEDED",
          message: "Exceeded workspace rate limit. Please retry later.",
          details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: randomUUID(), serving_data: "" }],
        },
      };
    case "503":
      return apiError(503, "TEMPORARILY_UNAVAILABLE", "The service is temporarily unavailable. Please try again later.");
    case "500":
      return apiError(500, "INTERNAL_ERROR", "An internal error occurred. Please try again later.");
    default:
      return undefined;
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ReplyError(apiError(400, "MALFORMED_REQUEST", "Could not parse request object: malformed JSON"));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy(new Error("request body too large"));
      else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
