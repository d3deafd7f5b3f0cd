// Clock times in the person's own format ("16:45" or "4:45 PM"), with the day when it is not today.

const TIME = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

export function clockTime(at: number, now: number): string {
  const time = TIME.format(at);
  const day = (ms: number) => new Date(ms).toDateString();
  if (day(at) === day(now)) return time;
  if (day(at) === day(now + 86_400_000)) return `${time} tomorrow`;
  if (day(at) === day(now - 86_400_000)) return `${time} yesterday`;
  return `${time} on ${new Date(at).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}`;
}
