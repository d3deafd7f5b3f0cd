// A deterministic, realistic diary for export tests and benchmarks: daily check-ins (a few days
// missed, flares, the odd warning sign), spasm episodes with triggers and what was tried, and a
// saved check every few months made by the real engine. Same seed, same diary.

import { assess } from '#engine';
import { BODY_AREAS, CHECKIN_RECHECK, TRIGGER_CODES } from '#knowledge';
import type { AccountData, CheckinRecord, CheckRecord, EpisodeRecord, PegRecord } from '../export/account-data.ts';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Methods and how well each tends to help (mean rating 0–3). */
const METHODS = [
  ['heat', 2.4],
  ['walking', 2.0],
  ['gentle_stretch', 1.6],
  ['nsaid_oral', 1.9],
  ['cold', 1.0],
  ['short_rest_position', 1.2],
] as const;

const NOTES = [
  '',
  '',
  '',
  'Lifting boxes, "heavy", at work',
  '=SUM(A1:A9) pasted by mistake',
  'ünïcödé ✓, line\nbreak',
];

export type DiaryOptions = {
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  readonly days: number;
  readonly seed?: number;
  readonly timeZone?: string;
};

export function generateDiary(options: DiaryOptions): AccountData {
  const random = prng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + Math.floor(random() * 4)).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const timeZone = options.timeZone ?? 'Europe/London';
  const episodes: EpisodeRecord[] = [];
  const checkins: CheckinRecord[] = [];
  const checks: CheckRecord[] = [];
  const pegs: PegRecord[] = [];
  // The weekly PEG draws from its own sequence, so the other records are the same as without it.
  const pegRandom = prng((options.seed ?? 42) + 7919);
  let flare = 0;
  for (let i = 0; i < options.days; i++) {
    const date = addDays(options.start, i);
    if (random() < 0.03) flare = 10 + Math.floor(random() * 10);
    const level = flare > 0 ? 6 : 2;
    flare = Math.max(0, flare - 1);
    const clamp = (x: number) => Math.max(0, Math.min(10, Math.round(x)));
    if (i % 7 === 6 && pegRandom() < 0.9) {
      const pain = clamp(level + (pegRandom() - 0.5) * 3);
      const hex = Array.from({ length: 32 }, () => Math.floor(pegRandom() * 16).toString(16));
      hex[12] = '4';
      hex[16] = '9';
      const h = hex.join('');
      pegs.push({
        id: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
        date,
        timeZone,
        pain,
        enjoyment: clamp(pain - 1 + pegRandom() * 2),
        activity: clamp(pain - 1 + pegRandom() * 2),
        createdAt: `${date}T19:30:00.000Z`,
      });
    }
    if (i % 120 === 3) {
      const intake = {
        age: 44 + Math.floor(i / 365),
        sex: 'female' as const,
        onsetDaysAgo: 2 + Math.floor(random() * 5),
        painNow: clamp(level + 1),
        findings:
          i % 240 === 3 ? ['heavy_lifting' as const] : ['heavy_lifting' as const, 'leg_pain_below_knee' as const],
        unsure: [],
      };
      const assessment = assess(intake);
      const completedAt = `${date}T09:15:00.000Z`;
      checks.push({
        id: uuid(),
        clientId: random() < 0.5 ? uuid() : null,
        createdAt: completedAt,
        completedAt,
        knowledgeVersion: assessment.knowledgeVersion,
        disposition: assessment.disposition,
        intake,
        assessment,
      });
    }
    if (random() < 0.88) {
      const pain = clamp(level + (random() - 0.5) * 4);
      const warning = random() < 0.004;
      const at = `${date}T20:${String(10 + Math.floor(random() * 40)).padStart(2, '0')}:00.000Z`;
      checkins.push({
        date,
        timeZone,
        painAverage: pain,
        interferenceActivity: clamp(pain - 1 + random() * 2),
        interferenceSleep: clamp(pain - 2 + random() * 2),
        gettingBetter: flare === 0 || random() < 0.3,
        findings: warning ? [pick(CHECKIN_RECHECK.findings)] : [],
        unsure: !warning && random() < 0.004 ? ['numbness_spreading'] : [],
        createdAt: at,
        updatedAt: at,
      });
    }
    if (random() < (flare > 0 ? 0.6 : 0.15)) {
      const hour = 6 + Math.floor(random() * 14);
      const startedAt = `${date}T${String(hour).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00.000Z`;
      const tried = METHODS.filter(() => random() < 0.4);
      const minutes = 10 + Math.floor(random() * 600);
      const useEnd = random() < 0.5;
      episodes.push({
        id: uuid(),
        startedAt,
        endedAt: useEnd ? new Date(Date.parse(startedAt) + minutes * 60_000).toISOString() : null,
        durationMinutes: useEnd ? null : minutes,
        timeZone,
        localDate: date,
        intensity: clamp(level + 1 + (random() - 0.5) * 4),
        locations: [pick(BODY_AREAS.filter((a) => a.startsWith('lower_back') || a.startsWith('buttock')))],
        triggers: random() < 0.6 ? [pick(TRIGGER_CODES)] : [],
        reliefTried: tried.map(([method, mean]) => ({
          method,
          helped: Math.max(0, Math.min(3, Math.round(mean + (random() - 0.5) * 2))),
        })),
        notes: pick(NOTES),
        createdAt: startedAt,
        updatedAt: startedAt,
      });
    }
  }
  return { episodes, checkins, checks, pegs };
}
