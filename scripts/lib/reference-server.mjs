// The benchmark's machine reference (scripts/bench.mjs): a bare Node.js HTTP server answering
// every request with one stored page's bytes, as the front server answers a stored page but with
// nothing else to do. Machines here differ by 2× from one session to the next; the portal's
// figures divided by this one can be compared across sessions, the raw figures cannot.
//   node scripts/lib/reference-server.mjs PORT FILE ENCODING
import fs from "node:fs";
import http from "node:http";

const [port, file, encoding] = process.argv.slice(2);
const body = fs.readFileSync(file);
const headers = {
  "content-type": "text/html; charset=utf-8",
  "content-length": body.length,
  ...(encoding ? { "content-encoding": encoding } : {}),
};
http
  .createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => process.stdout.write("listening\n"));
