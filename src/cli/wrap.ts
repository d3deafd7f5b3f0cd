// Text for the terminal: wrapped at its width without breaking words.
import type { Writable } from 'node:stream';

export const DEFAULT_WIDTH = 78;

/** The terminal's width when the stream is a terminal, else 78. */
export function terminalWidth(stream: Writable): number {
  const tty = stream as Writable & { isTTY?: boolean; columns?: number };
  return tty.isTTY && tty.columns ? Math.max(20, tty.columns) : DEFAULT_WIDTH;
}

/** One paragraph, every line starting with `indent`; a word longer than a line stays whole. */
export function wrap(text: string, indent: string, width = DEFAULT_WIDTH, hang = indent): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let prefix = indent;
  for (const word of words) {
    if (line && `${prefix}${line} ${word}`.length > width) {
      lines.push(prefix + line);
      prefix = hang;
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(prefix + line);
  return lines.join('\n');
}

/**
 * Every line of `text` wrapped at `width`. A continuation hangs under the text of a list item
 * ("  1. ", "- ") or of a usage line's second column (after a run of spaces), else keeps the
 * line's indent. A trailing space (after a prompt's "> ") stays.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      const head = /^\s*(?:(?:\d+\.|[-!])\s+|\S.*?\s{2,}(?=\S))?/.exec(line)?.[0] ?? indent;
      const hang = head.length <= width / 2 ? head.length : indent.length;
      const wrapped = wrap(line.slice(head.length), head, width, ' '.repeat(hang));
      return /\s$/.test(line) ? `${wrapped} ` : wrapped;
    })
    .join('\n');
}
