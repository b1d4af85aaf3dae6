export type AppErrorCode = "forbidden" | "notFound" | "conflict" | "invalid";

/**
 * An expected failure raised below the action layer (a query refusing a viewer, a mutation
 * meeting a rule). `userMessage` is a key of the `errors` namespace; `message` is for logs.
 * Actions turn it into form state; it never reaches a reader as a raw message.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    message?: string,
    readonly field?: string,
  ) {
    super(message ?? `${code}: ${userMessage}`);
    this.name = "AppError";
  }
}

/** True for Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
