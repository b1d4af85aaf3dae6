export function startEmbeddedDb(options?: { dataDir?: string; port?: number }): Promise<{ url: string; stop(): Promise<void> }>;
