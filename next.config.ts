import path from "node:path";
import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security/csp.mjs";

const nextConfig: NextConfig = {
  // Deployment builds (`NEXT_OUTPUT=standalone npm run build`) copy only what the server needs
  // into .next/standalone (README, "Deploying"); `npm start` runs the ordinary build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // Cached reads live in this process's memory only (see the handler for why).
  cacheHandler: path.resolve("lib/cache/memory-cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  // The PDFs (certificates, the periodic report) embed DejaVu Serif from node_modules, read at run
  // time (lib/documents/fonts.ts): a standalone build must carry the files.
  outputFileTracingIncludes: { "/admin/**": ["./node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif*.ttf"] },
  // Metadata (title, description, canonical, Open Graph) always in <head>, for every agent: the
  // front server stores one copy of a public page for every reader and crawler, and removes the
  // scripts that would move streamed metadata into the head (scripts/lib/front-server.mjs).
  htmlLimitedBots: /.*/,
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@electric-sql/pglite", "exceljs", "music-metadata"],
  experimental: {
    // forbidden() → a real 403 page.
    authInterrupts: true,
    // Two root layouts (app/(dynamic), app/(stored)): an address under neither gets app/global-not-found.tsx.
    globalNotFound: true,
    // Dataset imports upload files through a server action; the action itself refuses files over
    // 10 MB with a clear message (lib/dataset/schema.ts), so the framework's limit sits just above.
    serverActions: { bodySizeLimit: "11mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // The lesson pages' in-browser recorder (components/lessons/phrase-recorder.tsx) needs the
      // microphone, for this origin only; every other page keeps it off.
      {
        source: "/admin/lessons/:path*",
        headers: [{ key: "Permissions-Policy", value: "camera=(), microphone=(self), geolocation=(), payment=(), usb=()" }],
      },
    ];
  },
};

export default nextConfig;
