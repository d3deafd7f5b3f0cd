/** Unknot's mark: a loosened loop on the brand's navy tile (public/icon.svg is the same drawing). */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="#1e3a5f" />
      <path
        d="M108 372C176 372 198 320 222 266C246 212 300 160 352 184C404 208 386 300 316 300C246 300 232 216 282 172C316 142 360 132 408 140"
        fill="none"
        stroke="#ffffff"
        strokeWidth="44"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="108" cy="372" r="34" fill="#7fd3c0" />
    </svg>
  );
}
