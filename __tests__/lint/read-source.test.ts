// The one file reader: real paths inside the root, regular files only, bytes
// capped as read, and refusals that never show what a file holds.
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readConfined, readSource } from "../../src/lint/read-source.js";
import { tempProject, type TempProject } from "../helpers/project.js";

let projects: TempProject[] = [];
afterEach(() => {
  for (const p of projects) p.remove();
  projects = [];
});
function project(files: Record<string, string> = {}): TempProject {
  const p = tempProject(files);
  projects.push(p);
  return p;
}

const SECRET = "AUTHORIZATION: basic c2VjcmV0LXRva2Vu";

function refusal(p: TempProject, rel: string) {
  const r = readConfined(path.join(p.dir, rel), p.dir);
  if (!("refused" in r)) throw new Error(`${rel} was read`);
  return r;
}

describe("readConfined", () => {
  it("reads a regular file, and one reached through a symlink inside the root", () => {
    const p = project({ "a/serving.yaml": "version: 1\n" });
    symlinkSync("a/serving.yaml", path.join(p.dir, "link.yaml"));
    const r = readConfined(path.join(p.dir, "link.yaml"), p.dir);
    expect("refused" in r).toBe(false);
    if (!("refused" in r)) {
      expect(r.bytes.toString()).toBe("version: 1\n");
      expect(r.realPath.endsWith(path.join("a", "serving.yaml"))).toBe(true);
    }
  });

  it("refuses a symlink that leads outside the root, naming no content", () => {
    const outside = project({ "secret.txt": SECRET });
    const p = project();
    symlinkSync(path.join(outside.dir, "secret.txt"), path.join(p.dir, "serving.yaml"));
    const r = refusal(p, "serving.yaml");
    expect(r.refused).toBe("outsideRoot");
    expect(r.why).toBe("resolves outside the repository root; not read");
  });

  it("refuses .git content even inside the root", () => {
    const p = project({ ".git/config": `[http]\n\textraheader = ${SECRET}\n` });
    expect(refusal(p, ".git/config").refused).toBe("gitDir");
    symlinkSync(".git/config", path.join(p.dir, "requirements.txt"));
    expect(refusal(p, "requirements.txt").refused).toBe("gitDir");
  });

  it("refuses devices without reading them", () => {
    const p = project();
    symlinkSync("/dev/zero", path.join(p.dir, "zero.yaml"));
    symlinkSync("/dev/urandom", path.join(p.dir, "random.py"));
    // /dev is outside the root: refused before it is opened. With the root at /, the device itself is refused.
    expect(refusal(p, "zero.yaml").refused).toBe("outsideRoot");
    for (const dev of ["/dev/zero", "/dev/urandom", "/dev/null"]) {
      const r = readConfined(dev, "/");
      expect("refused" in r && r.refused).toBe("notRegular");
      expect("refused" in r && r.why).toBe("is a device, not a regular file; not read");
    }
  });

  it("refuses a FIFO without waiting for a writer, and a socket", async () => {
    const p = project();
    execFileSync("mkfifo", [path.join(p.dir, "fifo.yaml")]);
    const started = Date.now();
    const fifo = refusal(p, "fifo.yaml");
    expect(fifo).toEqual({ refused: "notRegular", why: "is a FIFO, not a regular file; not read" });
    expect(Date.now() - started).toBeLessThan(2000);
    const sock = path.join(p.dir, "agent.py");
    const server = net.createServer().listen(sock);
    await new Promise((r) => server.once("listening", r));
    try {
      // open(2) on a socket fails with ENXIO: still a refusal, never a read.
      expect(["notRegular", "unreadable"]).toContain(refusal(p, "agent.py").refused);
    } finally {
      server.close();
    }
  });

  it("calls a symlink loop a loop, and a dangling link missing", () => {
    const p = project();
    symlinkSync("b.yaml", path.join(p.dir, "a.yaml"));
    symlinkSync("a.yaml", path.join(p.dir, "b.yaml"));
    symlinkSync("nowhere.yaml", path.join(p.dir, "dangling.yaml"));
    expect(refusal(p, "a.yaml")).toEqual({ refused: "symlinkLoop", why: "symlink loop; not read" });
    expect(refusal(p, "dangling.yaml").refused).toBe("missing");
  });

  it("refuses directories", () => {
    const p = project();
    mkdirSync(path.join(p.dir, "dir.yaml"));
    expect(refusal(p, "dir.yaml").refused).toBe("notRegular");
  });

  it("caps the bytes it reads, not only what stat says", () => {
    const p = project();
    writeFileSync(path.join(p.dir, "big.py"), Buffer.alloc(4096, "#"));
    const r = readConfined(path.join(p.dir, "big.py"), p.dir, 1000);
    expect("refused" in r && r.refused).toBe("tooLarge");
    expect("refused" in readConfined(path.join(p.dir, "big.py"), p.dir, 4096)).toBe(false);
    // /proc files are regular and stat as 0 bytes, yet hold more: the cap counts what is read.
    const proc = readConfined("/proc/self/maps", "/", 64);
    expect("refused" in proc && proc.refused).toBe("tooLarge");
    expect("refused" in proc && proc.why).toMatch(/^file grew past the .* MB limit while being read; not read$/);
  });

  it("reads every byte of files around its buffer sizes", () => {
    const p = project();
    for (const size of [0, 1, 65535, 65536, 65537, (1 << 20) + 3, 3 << 20]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 7 + 3) & 0x7f;
      writeFileSync(path.join(p.dir, "f.py"), bytes);
      const r = readConfined(path.join(p.dir, "f.py"), p.dir);
      expect("refused" in r ? r.why : Buffer.compare(r.bytes, bytes), `size ${size}`).toBe(0);
    }
    // A /proc file under the cap is read to its end although each read returns less than asked.
    const status = readConfined("/proc/self/status", "/");
    expect("refused" in status ? status.why : status.bytes.toString()).toMatch(/^Name:[\s\S]*\nPid:/);
  });
});

describe("readSource", () => {
  it("reports a refusal at the line that names the file, naming the path", () => {
    const p = project();
    symlinkSync("/etc/passwd", path.join(p.dir, "reqs.txt"));
    const namedAt = { file: "serving.yaml", line: 7, column: 5, endLine: 7, endColumn: 20, start: 80, end: 95 };
    const r = readSource(path.join(p.dir, "reqs.txt"), "requirements", { root: p.dir, display: "reqs.txt", namedAt });
    expect(r).toEqual({ problem: { messageId: "outsideRoot", message: "reqs.txt: resolves outside the repository root; not read", span: namedAt } });
  });

  it("keeps the BOM as a flag and the real path", () => {
    const p = project();
    writeFileSync(path.join(p.dir, "serving.yaml"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("version: 1\n")]));
    const r = readSource(path.join(p.dir, "serving.yaml"), "serving", { root: p.dir, display: "serving.yaml" });
    expect("source" in r && r.source.text).toBe("version: 1\n");
    expect("source" in r && r.source.bom).toBe(true);
  });
});
