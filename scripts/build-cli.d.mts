/** The CLI's bundle (dist/cli.mjs). */
export const bundlePath: string;
/** The server's bundle (dist/server.mjs), which `unknot serve` runs. */
export const serverBundlePath: string;
export function buildCli(): Promise<void>;
export function buildServer(): Promise<void>;
/** Bundles the CLI when it is missing or older than a source file. */
export function ensureCliBuilt(): Promise<void>;
/** Bundles the server when it is missing or older than a source file. */
export function ensureServerBuilt(): Promise<void>;
