#!/usr/bin/env node
// Summarises a V8 CPU profile (`node --cpu-prof`, e.g. from `BENCH_CPU_PROF=<dir> npm run
// bench:render`): self time by function and by module (npm package, Next.js bundle chunk, or
// node internals), as a share of the profile's busy (non-idle) time.
// Usage: node scripts/cpu-profile-summary.mjs <file.cpuprofile> [top=30] [skip seconds=0]
// (skip: leave out the process's start and first requests, where modules load and compile).
import fs from "node:fs";

const [file, topArg, skipArg] = process.argv.slice(2);
if (!file) throw new Error("usage: cpu-profile-summary.mjs <file.cpuprofile> [top]");
const top = Number(topArg ?? 30);
const profile = JSON.parse(fs.readFileSync(file, "utf8"));

// Self time per node: the sampling interval attributed to each sampled node.
const self = new Map();
const skipMicros = Number(skipArg ?? 0) * 1e6;
let elapsed = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed < skipMicros) continue;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
}

// Next.js's page runtime is one bundle of many modules (React's server renderer, its flight
// serializer, Next's app-render): a frame in it is named by the bundled module it falls in.
const bundles = new Map();
function bundledModule(url, line, column) {
  if (!bundles.has(url)) {
    const starts = [];
    try {
      fs.readFileSync(new URL(url), "utf8")
        .split("\n")
        .forEach((text, index) => {
          for (const match of text.matchAll(/"(\.\/dist\/[^"]+|[a-z@][^"]*\.external(?:\.js)?)"\([a-z,]*\)\{/g))
            starts.push([index, match.index, match[1]]);
        });
    } catch {}
    bundles.set(url, starts);
  }
  let found = null;
  for (const [l, c, name] of bundles.get(url)) {
    if (l < line || (l === line && c <= column)) found = name;
    else break;
  }
  return found?.replace(/^\.\/dist\/(compiled\/)?/, "").replace(/\.(production|prod)(\.min)?\.js$/, "");
}

/** What a script URL belongs to: an npm package, a Next.js server chunk, node internals. */
function moduleOf(url, position) {
  if (!url) return "(native/v8)";
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/);
  if (pkg) {
    const rest = pkg[2] ?? "";
    // Next.js bundles React's server renderer and flight serializer inside its own compiled folder.
    const compiled = rest.match(/\/compiled\/([^/]+)\/([^/]+)/);
    if (pkg[1] === "next" && rest.includes("/compiled/next-server/") && position)
      return `next-runtime: ${bundledModule(url, position[0], position[1]) ?? "?"}`;
    if (pkg[1] === "next" && compiled) return `next/compiled/${compiled[1]}/${compiled[2].replace(/\.(production|development).*$/, "")}`;
    if (pkg[1] === "next") return `next/${rest.split("/").slice(1, 4).join("/")}`;
    return pkg[1];
  }
  const chunk = url.match(/\.next\/(.*)$/);
  if (chunk) return `.next/${chunk[1]}`;
  return url.replace(/^file:\/\//, "");
}

const total = [...self.values()].reduce((a, b) => a + b, 0);
let idle = 0;
const byFunction = new Map();
const byModule = new Map();
for (const node of profile.nodes) {
  const t = self.get(node.id) ?? 0;
  if (!t) continue;
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  if (functionName === "(idle)" || functionName === "(program)") {
    if (functionName === "(idle)") idle += t;
  }
  if (functionName === "(idle)") continue;
  const mod =
    functionName === "(garbage collector)"
      ? "(gc)"
      : functionName === "(program)"
        ? "(program)"
        : moduleOf(url, [lineNumber, columnNumber]);
  const key = `${functionName || "(anonymous)"}  ${mod}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + t);
  byModule.set(mod, (byModule.get(mod) ?? 0) + t);
}
const busy = total - idle;
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`profile ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s`);
print("Self time by module", byModule);
print("Self time by function", byFunction);
