// What the benchmarks share: a page rendered on a miss, as they ask for it, and the CPU a process
// used. A page rendered on a miss: the front server keys a public page by
// the parameters it reads (lib/http/public-query.mjs), so a made-up parameter no longer forces a
// render; a request for a host the front server does not store pages for does (it renders, sends
// `x-portal-cache: BYPASS` and keeps nothing), through the same code as a miss. `fetch` cannot
// set Host, hence `http`.
import fs from "node:fs";
import http from "node:http";

/** Not a host the portal accepts: every request to it is rendered (RFC 6761 reserves `.invalid`). */
export const RENDER_HOST = "render.bench.invalid";

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * GET `path` from the portal at `port` as a page rendered on a miss; resolves when the whole
 * answer is read.
 * @param {number} port
 * @param {string} path
 * @returns {Promise<{ status: number, cache: string | undefined, bytes: number }>}
 */
export function renderedGet(port, path) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: "127.0.0.1", port, path, agent, headers: { host: RENDER_HOST, "accept-encoding": "br" } },
      (response) => {
        let bytes = 0;
        response.on("data", (chunk) => (bytes += chunk.length));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            cache: /** @type {string | undefined} */ (response.headers["x-portal-cache"]),
            bytes,
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}

/**
 * CPU seconds (user + system) used so far by a process and its children still running, read from
 * /proc: what a benchmark charges to the Next.js process, whatever else the machine runs.
 * @param {number} pid
 */
export function cpuSeconds(pid) {
  const ticks = (id) => {
    const fields = fs
      .readFileSync(`/proc/${id}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime, stime (clock ticks, 100 a second)
  };
  let total = 0;
  const visit = (id) => {
    total += ticks(id);
    for (const task of fs.readdirSync(`/proc/${id}/task`)) {
      const children = fs.readFileSync(`/proc/${id}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) visit(child);
    }
  };
  visit(pid);
  return total / 100;
}
