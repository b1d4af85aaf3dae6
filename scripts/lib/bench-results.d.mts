export const RESULTS_FILE: string;
export function benchCommit(): string | null;
export function appendBenchResult(line: object): void;
