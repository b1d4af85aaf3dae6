export function recreateDatabase(database: string): Promise<string>;
export function freshBenchDatabase(database: string): Promise<void>;
export function benchPortalEnv(database: string, port: number): Promise<NodeJS.ProcessEnv>;
