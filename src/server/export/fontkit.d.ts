// fontkit (pdfkit's own font parser) ships no types; the report only hands its parsed font to
// pdfkit, which accepts any object with `layout` (PDFFontFactory.open).
declare module 'fontkit' {
  export type Font = { layout(text: string): unknown; postscriptName: string };
  export function create(buffer: Uint8Array): Font;
}
