// Types of index.mjs (the module is plain JavaScript: the front server loads it without a build).
import type { DestinationStream, Logger } from "pino";

export function logLevel(value?: string): string;
export function createLogger(component: string, options?: { level?: string; destination?: DestinationStream }): Logger;
export function relayLine(logger: Logger, line: string, level: "info" | "error"): void;
