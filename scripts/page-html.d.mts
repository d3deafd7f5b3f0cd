/** The page HTML files the build writes beside index.html, and the module whose chunks each preloads. */
export const PAGE_HTML: readonly { file: string; module: string }[];
/** Writes each PAGE_HTML file from dist/web's index.html and Vite's manifest, then removes the manifest. */
export function writePageHtml(webDir: string): void;
