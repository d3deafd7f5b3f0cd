// `npm run bench` (second part): the diary analytics over a ten-year diary (3,650 check-ins,
// 2,000 episodes with relief ratings, 520 weekly PEG answers), as the PDF report calls them:
// diaryAnalytics over all 530 weeks, diaryPatterns and whatHelps. Prints the median time of each
// (target for diaryAnalytics: under 50 ms) and its ratio to a baseline measured in the same run
// (sorting the same episodes by start time and averaging the check-ins' pain), so the figures
// compare across machines. Not a test: nothing here passes or fails.
import { addDays, assess, diaryAnalytics, diaryPatterns, MAX_ANALYTICS_WEEKS, whatHelps } from '#engine';
import { PLAN_CODES } from '#knowledge';

const TODAY = '2026-12-31';
const FIRST = addDays(TODAY, -3649);
const METHODS = PLAN_CODES.filter((c) => !['call_emergency', 'do_not_drive', 'urgent_same_day'].includes(c));

/** A small deterministic generator (mulberry32), so every run measures the same diary. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = generator(2026);
const int = (max: number) => Math.floor(random() * (max + 1));

const checkins = Array.from({ length: 3650 }, (_, i) => ({ date: addDays(FIRST, i), painAverage: int(10) }));
const episodes = Array.from({ length: 2000 }, (_, i) => {
  const day = addDays(FIRST, int(3649));
  const startedAt = `${day}T${String(int(23)).padStart(2, '0')}:${String(int(59)).padStart(2, '0')}:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    startedAt,
    // Half carry their local day, half are read in the time zone passed in.
    localDate: i % 2 === 0 ? day : undefined,
    endedAt: null,
    durationMinutes: int(3) === 0 ? null : 5 + int(240),
    intensity: int(10),
    reliefTried: Array.from({ length: int(3) }, () => ({
      method: METHODS[int(METHODS.length - 1)] ?? 'heat',
      helped: int(3),
    })),
  };
});
const pegs = Array.from({ length: 520 }, (_, i) => ({
  date: addDays(FIRST, i * 7),
  pain: int(10),
  enjoyment: int(10),
  activity: int(10),
}));
const checks = [
  { completedAt: '2026-01-01T10:00:00Z', assessment: assess({ age: 45, onsetDaysAgo: 3 }) },
  {
    completedAt: '2026-06-01T10:00:00Z',
    assessment: assess({ age: 45, onsetDaysAgo: 3, findings: ['stomach_ulcer_or_bleed_history'] }),
  },
];
const input = { episodes, checkins, pegs, today: TODAY, timeZone: 'Europe/London', weeks: MAX_ANALYTICS_WEEKS };

const RUNS = 21;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
function time(work: () => unknown): number {
  for (let i = 0; i < 3; i++) work(); // warm up the JIT
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return median(times);
}

let sink = 0;
const baseline = time(() => {
  const sorted = [...episodes].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  sink += sorted.length + checkins.reduce((s, c) => s + c.painAverage, 0) / checkins.length;
});
const analytics = time(() => diaryAnalytics(input));
const patterns = time(() => diaryPatterns(input));
const helps = time(() => whatHelps(episodes, checks));
const all = time(() => [diaryAnalytics(input), diaryPatterns(input), whatHelps(episodes, checks)]);

const ms = (x: number) => `${x.toFixed(2)} ms`;
const ratio = (x: number) => `${(x / baseline).toFixed(1)} × baseline`;
const lines = [
  `diary: 10 years, ${checkins.length} check-ins, ${episodes.length} episodes, ${pegs.length} PEG answers; median of ${RUNS} runs, one core`,
  `baseline:        ${ms(baseline)} (sort the episodes by start time, average the check-ins' pain)`,
  `diaryAnalytics:  ${ms(analytics)}  ${ratio(analytics)}  (${MAX_ANALYTICS_WEEKS} weeks; target < 50 ms)`,
  `diaryPatterns:   ${ms(patterns)}  ${ratio(patterns)}`,
  `whatHelps:       ${ms(helps)}  ${ratio(helps)}`,
  `all three:       ${ms(all)}  ${ratio(all)}`,
];
process.stdout.write(`${lines.join('\n')}\n${sink > 0 ? '' : ' '}`);
