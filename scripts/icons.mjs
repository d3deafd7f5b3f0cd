// The app's PNG icons, drawn from public/icon.svg at build time with no browser and no download:
// a small rasteriser for the SVG subset the icon uses (rect with rx, circle, and paths of
// M/L/H/V/C/Q/Z stroked with round caps and joins, solid #rrggbb colours), 4×4 samples a pixel,
// written as PNG with node:zlib. vite.config.ts emits the files; `node scripts/icons.mjs <dir>`
// writes them for a look.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/** File name → size in pixels and whether it is the maskable variant (content in the safe zone). */
export const ICONS = {
  'icon-192.png': { size: 192, maskable: false },
  'icon-512.png': { size: 512, maskable: false },
  'icon-maskable-512.png': { size: 512, maskable: true },
  'apple-touch-icon.png': { size: 180, maskable: true },
};

export const iconSvgPath = new URL('../public/icon.svg', import.meta.url);

const SS = 4; // samples per pixel along each axis

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function colour(value) {
  const m = /^#([0-9a-f]{6})$/i.exec(value ?? '');
  if (!m) return null;
  const n = Number.parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Path data → polylines (one per subpath), curves flattened. */
function flatten(d) {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const lines = [];
  let line = null;
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  let cmd = '';
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i])) cmd = tokens[i++];
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (cmd.toUpperCase()) {
      case 'M':
        x = ox + num();
        y = oy + num();
        sx = x;
        sy = y;
        line = [[x, y]];
        lines.push(line);
        cmd = rel ? 'l' : 'L';
        break;
      case 'L':
        x = ox + num();
        y = oy + num();
        line.push([x, y]);
        break;
      case 'H':
        x = ox + num();
        line.push([x, y]);
        break;
      case 'V':
        y = oy + num();
        line.push([x, y]);
        break;
      case 'C': {
        const p = [ox + num(), oy + num(), ox + num(), oy + num(), ox + num(), oy + num()];
        for (let t = 1; t <= 32; t++) {
          const u = t / 32;
          const a = (1 - u) ** 3;
          const b = 3 * (1 - u) ** 2 * u;
          const c = 3 * (1 - u) * u * u;
          const e = u ** 3;
          line.push([a * x + b * p[0] + c * p[2] + e * p[4], a * y + b * p[1] + c * p[3] + e * p[5]]);
        }
        x = p[4];
        y = p[5];
        break;
      }
      case 'Q': {
        const p = [ox + num(), oy + num(), ox + num(), oy + num()];
        for (let t = 1; t <= 24; t++) {
          const u = t / 24;
          const a = (1 - u) ** 2;
          const b = 2 * (1 - u) * u;
          const e = u * u;
          line.push([a * x + b * p[0] + e * p[2], a * y + b * p[1] + e * p[3]]);
        }
        x = p[2];
        y = p[3];
        break;
      }
      case 'Z':
        line.push([sx, sy]);
        x = sx;
        y = sy;
        break;
      default:
        throw new Error(`icon.svg: path command ${cmd} is not supported by scripts/icons.mjs`);
    }
  }
  return lines;
}

/** The shapes of the SVG, in order, each with a sample test in SVG units and a bounding box. */
function shapes(svg) {
  const list = [];
  for (const m of svg.matchAll(/<(rect|circle|path)\b([^>]*)\/?>/g)) {
    const a = attrs(m[2]);
    if (m[1] === 'rect') {
      const x = Number(a.x ?? 0);
      const y = Number(a.y ?? 0);
      const w = Number(a.width);
      const h = Number(a.height);
      const r = Number(a.rx ?? 0);
      list.push({
        kind: 'rect',
        fill: colour(a.fill),
        box: [x, y, x + w, y + h],
        r,
        inside: (px, py, rr = r) => {
          const qx = Math.abs(px - (x + w / 2)) - (w / 2 - rr);
          const qy = Math.abs(py - (y + h / 2)) - (h / 2 - rr);
          return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) <= rr;
        },
      });
    } else if (m[1] === 'circle') {
      const cx = Number(a.cx);
      const cy = Number(a.cy);
      const r = Number(a.r);
      list.push({
        kind: 'circle',
        fill: colour(a.fill),
        box: [cx - r, cy - r, cx + r, cy + r],
        inside: (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r,
      });
    } else {
      if (a.fill && a.fill !== 'none') throw new Error('icon.svg: filled paths are not supported');
      const half = Number(a['stroke-width'] ?? 1) / 2;
      list.push({ kind: 'stroke', fill: colour(a.stroke), lines: flatten(a.d ?? ''), half });
    }
  }
  return list;
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The SVG (a square viewBox) as a PNG of `size` pixels. Maskable: the first shape, the
 * background tile, fills the square edge to edge and the rest shrinks into the safe zone.
 */
export function renderIcon(svg, size, { maskable = false } = {}) {
  const view = /viewBox="([^"]+)"/.exec(svg)?.[1].split(/\s+/).map(Number) ?? [0, 0, 512, 512];
  const [vx, vy, vw] = view;
  const n = size * SS;
  const coverage = new Float32Array(size * size);
  const rgba = Buffer.alloc(size * size * 4);
  const list = shapes(svg);
  list.forEach((shape, index) => {
    if (!shape.fill) return;
    const background = maskable && index === 0;
    // Sample (i, j) → SVG coordinates; the safe zone of a maskable icon is the middle 80 %.
    const scale = background ? 1 : maskable ? 0.72 : 1;
    const toSvg = (s) => vx + vw / 2 + ((s + 0.5) / n - 0.5) * (vw / scale);
    const toSvgY = (s) => vy + vw / 2 + ((s + 0.5) / n - 0.5) * (vw / scale);
    const toSample = (u) => Math.floor((((u - vx - vw / 2) * scale) / vw + 0.5) * n);
    const mask = new Uint8Array(n * n);
    const mark = (box, test) => {
      const i0 = Math.max(0, toSample(box[0]) - 1);
      const j0 = Math.max(0, toSample(box[1]) - 1);
      const i1 = Math.min(n - 1, toSample(box[2]) + 1);
      const j1 = Math.min(n - 1, toSample(box[3]) + 1);
      for (let j = j0; j <= j1; j++) {
        const py = toSvgY(j);
        for (let i = i0; i <= i1; i++) if (!mask[j * n + i] && test(toSvg(i), py)) mask[j * n + i] = 1;
      }
    };
    if (shape.kind === 'stroke') {
      const h = shape.half;
      for (const line of shape.lines)
        for (let k = 0; k < line.length; k++) {
          const [ax, ay] = line[k];
          const [bx, by] = line[Math.min(k + 1, line.length - 1)];
          const dx = bx - ax;
          const dy = by - ay;
          const len2 = dx * dx + dy * dy;
          const box = [Math.min(ax, bx) - h, Math.min(ay, by) - h, Math.max(ax, bx) + h, Math.max(ay, by) + h];
          mark(box, (px, py) => {
            const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
            return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2 <= h * h;
          });
        }
    } else if (background) {
      mark([vx, vy, vx + vw, vy + vw], () => true);
    } else {
      mark(shape.box, shape.inside);
    }
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        let hit = 0;
        for (let j = 0; j < SS; j++) for (let i = 0; i < SS; i++) hit += mask[(y * SS + j) * n + x * SS + i];
        if (hit === 0) continue;
        const a = hit / (SS * SS);
        const p = y * size + x;
        const below = coverage[p];
        const out = a + below * (1 - a);
        for (let c = 0; c < 3; c++)
          rgba[p * 4 + c] = Math.round((shape.fill[c] * a + rgba[p * 4 + c] * below * (1 - a)) / out);
        coverage[p] = out;
        rgba[p * 4 + 3] = Math.round(out * 255);
      }
  });
  return png(size, rgba);
}

/** Every icon of ICONS, drawn from public/icon.svg. */
export function renderIcons() {
  const svg = readFileSync(iconSvgPath, 'utf8');
  return Object.entries(ICONS).map(([fileName, { size, maskable }]) => ({
    fileName,
    source: renderIcon(svg, size, { maskable }),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? '.';
  for (const { fileName, source } of renderIcons()) writeFileSync(join(dir, fileName), source);
}
