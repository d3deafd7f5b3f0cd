// The engine's input and output types. src/contract validates data into exactly these shapes
// (contract §1 and §3); inside the engine they are trusted.
import type {
  AvoidCode,
  CauseCode,
  CauseStrength,
  Disposition,
  FindingCode,
  PlanCode,
  PlanKind,
  RedFlagCode,
  Sex,
  SourceId,
  TimerSpec,
} from '#knowledge';

/** Contract §1. Optional fields may be absent or undefined. */
export type Intake = {
  readonly age: number;
  readonly sex?: Sex | undefined;
  readonly onsetDaysAgo: number;
  readonly painNow?: number | undefined;
  readonly previousEpisodes?: number | undefined;
  readonly findings?: readonly FindingCode[] | undefined;
  readonly unsure?: readonly FindingCode[] | undefined;
};

export type RedFlagResult = {
  readonly code: RedFlagCode;
  readonly disposition: Disposition;
  readonly findings: readonly FindingCode[];
  readonly title: string;
  readonly summary: string;
};

export type CauseResult = {
  readonly code: CauseCode;
  readonly strength: CauseStrength;
  readonly findings: readonly FindingCode[];
  readonly title: string;
  readonly explanation: string;
  readonly sources: readonly SourceId[];
};

export type PlanEntry = {
  readonly code: PlanCode;
  readonly kind: PlanKind;
  readonly title: string;
  readonly detail: string;
  readonly steps: readonly string[];
  readonly cautions: readonly string[];
  readonly sources: readonly SourceId[];
  /** Why this item is in the plan, in plain words. */
  readonly why: string;
  /** The answers that put it there (empty when it is part of every plan at this level). */
  readonly findings: readonly FindingCode[];
  readonly exercise?: string;
  readonly timer?: TimerSpec;
};

export type AvoidEntry = {
  readonly code: AvoidCode;
  readonly title: string;
  readonly why: string;
  readonly sources: readonly SourceId[];
  readonly findings: readonly FindingCode[];
  readonly myth?: string;
};

export type Reason = {
  readonly text: string;
  readonly findings: readonly FindingCode[];
  readonly sources: readonly SourceId[];
  /** The disposition this reason supports, or null for a note that changes nothing. */
  readonly level: Disposition | null;
  /** The knowledge rule behind it, when there is one. */
  readonly rule?: string;
};

export type FollowUp = {
  /** Days from now to check progress again; 0 means today, after getting the help advised. */
  readonly reviewInDays: number;
  /** Day of the episode by which to see a doctor if it is not improving (null: seeing one now). */
  readonly seeDoctorIfNotBetterByDay: number | null;
  /** What should bring the person back sooner, and the timing rules that apply. */
  readonly notes: readonly string[];
  readonly sources: readonly SourceId[];
};

/** Contract §3. */
export type Assessment = {
  readonly disposition: Disposition;
  readonly redFlags: readonly RedFlagResult[];
  readonly causes: readonly CauseResult[];
  readonly plan: readonly PlanEntry[];
  readonly avoid: readonly AvoidEntry[];
  readonly reasons: readonly Reason[];
  readonly followUp: FollowUp;
  readonly knowledgeVersion: string;
};
