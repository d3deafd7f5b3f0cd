// Errors as they may be logged: database errors carry the query's parameters (emails, tokens,
// diary text), so only the error's kind and the first line of its message, without
// parameters, are kept.
export function safeError(error: unknown): { type: string; message: string; code?: string } {
  const e = error as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  const raw = typeof e?.message === 'string' ? e.message : String(error);
  const message = (raw.split('\n')[0] ?? '').replace(/params:.*$/i, '').slice(0, 300);
  const cause = e?.cause as { message?: unknown; code?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : typeof cause?.code === 'string' ? cause.code : undefined;
  const causeText =
    typeof cause?.message === 'string' ? ` (cause: ${(cause.message.split('\n')[0] ?? '').slice(0, 200)})` : '';
  return {
    type: typeof e?.name === 'string' ? e.name : 'Error',
    message: `${message}${causeText}`,
    ...(code ? { code } : {}),
  };
}
