/** The built web app's index.html. */
export const webIndex: string;
/** True when dist/web is newer than every source it is built from. */
export function isWebFresh(): boolean;
/** Builds dist/web with Vite. */
export function buildWeb(): Promise<void>;
/** Builds dist/web when it is missing or stale; resolves to whether it built. */
export function ensureWebBuilt(): Promise<boolean>;
