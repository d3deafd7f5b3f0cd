/** Icon file name → size in pixels and whether it is the maskable variant. */
export const ICONS: Readonly<Record<string, { size: number; maskable: boolean }>>;
/** public/icon.svg, the one drawing every icon comes from. */
export const iconSvgPath: URL;
/** The SVG (square viewBox, the subset icons.mjs draws) as a PNG of `size` pixels. */
export function renderIcon(svg: string, size: number, options?: { maskable?: boolean }): Buffer;
/** Every icon of ICONS, drawn from public/icon.svg. */
export function renderIcons(): { fileName: string; source: Buffer }[];
