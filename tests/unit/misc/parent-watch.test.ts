import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WORKER_ARGS } from "@/scripts/lib/outbox-worker.mjs";
import { PARENT_WATCH } from "@/scripts/lib/run.mjs";

/** Running: a process that exited is gone, or a zombie until whoever adopted it reaps it. */
const alive = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "")[0] !== "Z";
  } catch {
    return false;
  }
};

async function waitFor(condition: () => boolean, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

describe("processes started beside the portal", () => {
  it("the outbox worker is started with the parent watch (Next.js is too: scripts/lib/portal.mjs)", () => {
    expect(WORKER_ARGS.join(" ")).toContain(PARENT_WATCH.join(" "));
  });

  it("stop, as on SIGTERM, when the process that started them is killed with SIGKILL", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parent-watch-"));
    const marker = path.join(dir, "stopped");
    // The child: what Next.js or the worker does on SIGTERM, reduced to writing that it stopped.
    const child = `process.on("SIGTERM", () => { require("fs").writeFileSync(${JSON.stringify(marker)}, "SIGTERM"); process.exit(0); }); setInterval(() => {}, 1000);`;
    const parentScript = `
      const { spawn } = require("node:child_process");
      const child = spawn(process.execPath, [...${JSON.stringify(PARENT_WATCH)}, "-e", ${JSON.stringify(child)}], { stdio: "ignore", env: { ...process.env, PARENT_WATCH_MS: "100" } });
      console.log(child.pid);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ["-e", parentScript], { stdio: ["ignore", "pipe", "inherit"] });
    const childPid = await new Promise<number>((resolve) =>
      parent.stdout.once("data", (data: Buffer) => resolve(Number(String(data).trim()))),
    );
    try {
      // While its parent lives, it stays.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(alive(childPid)).toBe(true);
      parent.kill("SIGKILL");
      expect(await waitFor(() => !alive(childPid), 5000)).toBe(true);
      expect(fs.readFileSync(marker, "utf8")).toBe("SIGTERM");
    } finally {
      if (alive(childPid)) process.kill(childPid, "SIGKILL");
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
