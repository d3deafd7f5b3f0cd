// The shapes of Unknot's clinical knowledge. Every item carries `sources` (ids that resolve in
// the source catalogue, src/knowledge/sources.ts) and the evidence status the clinical
// reference gave it. knowledge.test.ts checks the whole catalogue against these rules.
import type {
  AvoidCode,
  CauseCode,
  Disposition,
  EvidenceLevel,
  FindingCode,
  PlanCode,
  PlanKind,
  RedFlagCode,
} from './codes.ts';

export type SourceId = string;

export const SOURCE_KINDS = [
  'guideline',
  'systematic-review',
  'trial',
  'cohort',
  'secondary',
  'seed',
  'project-reference',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A citable work. `ref` is its number in ../shared/clinical/reference.md §12 (e.g. "R1"). */
export type Source = {
  readonly id: SourceId;
  readonly kind: SourceKind;
  readonly title: string;
  readonly publisher: string;
  readonly year: number;
  readonly ref?: string;
  readonly url?: string;
  /** Seed articles: the file name in ../shared/seeds. */
  readonly file?: string;
};

/** Provenance shared by every knowledge item. */
export type Provenance = {
  readonly sources: readonly SourceId[];
  readonly evidence: EvidenceLevel;
};

// ---- Rule expressions -------------------------------------------------------------------
// A small, closed expression language so that clinical rules are data the engine evaluates,
// not code that branches on particular ids.

export const NUMERIC_FACTS = ['age', 'onsetDaysAgo', 'painNow', 'previousEpisodes', 'ageAtOnset'] as const;
export type NumericFact = (typeof NUMERIC_FACTS)[number];
export const COMPARISONS = ['lt', 'lte', 'gt', 'gte'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export type Expr =
  | { readonly finding: FindingCode }
  /** True when the finding is absent. Only `getting_better` may be negated (see knowledge.test). */
  | { readonly absent: FindingCode }
  | { readonly any: readonly Expr[] }
  | { readonly all: readonly Expr[] }
  | { readonly atLeast: number; readonly of: readonly Expr[] }
  /** A missing optional number (painNow, previousEpisodes) makes the comparison false. */
  | { readonly fact: NumericFact; readonly op: Comparison; readonly value: number }
  /** True unless the person said they are male (used to decide which questions to ask). */
  | { readonly notMale: true };

// ---- Questions ----------------------------------------------------------------------------

/** One group is one screen of the check, asked in this order. */
export const QUESTION_GROUP_IDS = [
  'emergency',
  'about',
  'same_day',
  'see_doctor',
  'onset',
  'medicines',
  'inflammatory',
] as const;
export type QuestionGroupId = (typeof QUESTION_GROUP_IDS)[number];

/**
 * A list of findings shown together. `any-of`: "Do you have any of these?" with a big "None of
 * these" (every item no) and, for yes, a choice per item (yes / not sure; left alone = no).
 * `tick`: contributors to tick; an unticked item is no.
 */
export type QuestionList = {
  readonly id: string;
  readonly title: string;
  readonly style: 'any-of' | 'tick';
};

export type QuestionGroup = {
  readonly id: QuestionGroupId;
  readonly title: string;
  readonly intro: string;
  /** Ask the group only when this holds for the answers so far. */
  readonly askWhen?: Expr;
  /** The lists its finding questions belong to (each finding question names one). */
  readonly lists?: readonly QuestionList[];
};

/** A yes / no / not sure question for one finding code. */
export type FindingQuestion = Provenance & {
  readonly kind: 'finding';
  readonly code: FindingCode;
  readonly group: QuestionGroupId;
  /** The question as asked, in plain words, second person. */
  readonly text: string;
  /** One or two sentences that help someone answer (what counts, what does not). */
  readonly help: string;
  /** A short noun phrase used in reasons: "you said yes to: <label>". */
  readonly label: string;
  readonly askWhen?: Expr;
  /** The list of its group it is shown in (groups with lists only). */
  readonly list?: string;
};

/** `onsetExact`: how long, in the unit of the duration choice, asked only when a rule needs it. */
export type NumberField = 'age' | 'onsetDaysAgo' | 'painNow' | 'previousEpisodes' | 'onsetExact';

export type NumberQuestion = {
  readonly kind: 'number';
  readonly field: NumberField;
  readonly group: QuestionGroupId;
  readonly text: string;
  readonly help: string;
  readonly min: number;
  readonly max: number;
  readonly required: boolean;
  readonly unit?: string;
  /** `scale`: one tap on a row of numbers (the 0–10 pain scale); `digits`: typed. */
  readonly input?: 'digits' | 'scale';
};

/** How long an episode has lasted, as a person can say it; `min`–`max` in days. */
export type DurationChoice = {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** When a rule's threshold falls inside the range, the exact figure is asked in this unit. */
  readonly exact?: {
    readonly unit: string;
    readonly daysPerUnit: number;
    readonly text: string;
    readonly help: string;
    /** Ask it whatever the rules (an open-ended range: the figure dates the episode). */
    readonly always?: boolean;
  };
};

export type ChoiceQuestion = {
  readonly kind: 'choice';
  readonly field: 'onsetChoice';
  readonly group: QuestionGroupId;
  readonly text: string;
  readonly help: string;
  readonly options: readonly DurationChoice[];
};

export type SexQuestion = {
  readonly kind: 'sex';
  readonly field: 'sex';
  readonly group: QuestionGroupId;
  readonly text: string;
  readonly help: string;
  readonly options: readonly { readonly value: 'female' | 'male' | 'other'; readonly label: string }[];
};

export type Question = FindingQuestion | NumberQuestion | SexQuestion | ChoiceQuestion;

// ---- Red flags, disposition rules and causes ----------------------------------------------

export type RedFlagCondition = Provenance & {
  readonly code: RedFlagCode;
  readonly title: string;
  /** What it is and why it matters, in plain words. */
  readonly summary: string;
  /** Contract §4.1: the findings this condition reports when a rule raises it. */
  readonly findings: readonly FindingCode[];
};

/** One line of contract §4: when `when` holds, the disposition is at least `level`. */
export type DispositionRule = Provenance & {
  readonly id: string;
  readonly level: Exclude<Disposition, 'self_care'>;
  readonly when: Expr;
  /** Red-flag conditions this rule reports (contract §4.1). */
  readonly flags: readonly RedFlagCode[];
  /** Why this matters, in plain words; the engine prefixes the answers that matched. */
  readonly reason: string;
  /** A short title for a diary banner when this rule is what a check-in meets. */
  readonly diaryTitle?: string;
};

/** A reason shown when its condition holds, without changing the disposition (a safety net). */
export type SafetyNet = Provenance & {
  readonly id: string;
  /** Judged with every unsure answer counted as yes. */
  readonly when: Expr;
  /** Shown only at these dispositions (never beside "go today" or "call now"). */
  readonly atDispositions: readonly Disposition[];
  readonly text: string;
};

export type Cause = Provenance & {
  readonly code: CauseCode;
  readonly title: string;
  /** Contributor language, never a diagnosis. */
  readonly explanation: string;
  /** Contract §4.2: present ⇒ reported as likely. Absent for the fallback cause. */
  readonly defining?: Expr;
  /** Weaker evidence: reported as possible, ranked after every defined cause. */
  readonly supporting?: Expr;
  /** Order among causes of the same strength: lower comes first (stronger evidence). */
  readonly rank: number;
};

// ---- Plan, avoid, exercises, medicines, myths, follow-up ----------------------------------

export type TimerSpec = {
  readonly kind: 'heat' | 'cold';
  readonly defaultMinutes: number;
  readonly maxMinutes: number;
  /** Minimum gap between sessions. */
  readonly restMinutes: number;
  readonly maxTemperatureC?: number;
  /** The one-line safety rule shown above the timer (its numbers match the fields above). */
  readonly safetyNote: string;
};

export type PlanItem = Provenance & {
  readonly code: PlanCode;
  readonly kind: PlanKind;
  readonly title: string;
  readonly detail: string;
  readonly steps: readonly string[];
  readonly cautions: readonly string[];
  readonly exercise?: string;
  readonly timer?: TimerSpec;
  readonly medicine?: string;
};

export type AvoidItem = Provenance & {
  readonly code: AvoidCode;
  readonly title: string;
  readonly why: string;
  /** The myth-vs-evidence note this avoid item answers, if any. */
  readonly myth?: string;
};

export type Exercise = Provenance & {
  readonly id: string;
  readonly planCode: PlanCode;
  readonly title: string;
  readonly purpose: string;
  readonly startPosition: string;
  readonly steps: readonly string[];
  readonly reps: number;
  readonly holdSeconds: number;
  readonly sets: number;
  readonly restSeconds: number;
  /** Always shown while exercising. */
  readonly stopIf: readonly string[];
  readonly cautions: readonly string[];
};

/** A finding that rules a medicine out; `why` completes "… not a safe choice for you, because …". */
export type Contraindication = { readonly code: FindingCode; readonly why: string };

export type MedicineNote = Provenance & {
  readonly id: string;
  readonly name: string;
  readonly kind: 'oral-nsaid' | 'paracetamol' | 'muscle-relaxant' | 'topical' | 'opioid';
  readonly availability: 'over-the-counter' | 'prescription-only';
  readonly summary: string;
  readonly dosing: readonly string[];
  /** Findings that rule this medicine out for self-care (contract §5 for oral NSAIDs), each with why. */
  readonly contraindications: readonly Contraindication[];
  /** The age at or above which it is ruled out for self-care, and why. */
  readonly contraindicatedFromAge?: { readonly age: number; readonly why: string };
  /** Cautions added to the plan item when a finding (or an unsure answer) applies. */
  readonly cautionsWhen?: readonly { readonly finding: FindingCode; readonly text: string }[];
  readonly cautions: readonly string[];
};

export type Myth = Provenance & {
  readonly id: string;
  /** Row number in reference §4. */
  readonly referenceRow: number;
  readonly claim: string;
  /** Seed source ids that make the claim. */
  readonly seeds: readonly SourceId[];
  readonly verdict: 'wrong' | 'unsafe' | 'unproven' | 'misleading' | 'contradictory';
  /** What the evidence says, in plain words, with the reference's numbers. */
  readonly summary: string;
  readonly instead: string;
};

export type FollowUpRule = Provenance & {
  readonly id: string;
  readonly appliesWhen?: Expr;
  readonly text: string;
} & (
    | { readonly kind: 'recheck' }
    | {
        readonly kind: 'review' | 'see-doctor' | 'chronic';
        /** Day of the episode the rule refers to. */
        readonly day: number;
      }
  );

/** Contract §5 safety limits the plan builder applies (see rules/plan-policy.ts). */
export type PlanPolicy = {
  readonly heatBlockedBy: readonly FindingCode[];
  readonly coldBlockedBy: readonly FindingCode[];
  readonly nerveRootSigns: readonly FindingCode[];
  readonly nerveRootCaution: string;
  readonly singleLegRaiseBlockedBy: readonly FindingCode[];
  readonly nsaidMedicine: string;
  /** Contract §5: what rules the oral NSAID out (the same list as its medicine note). */
  readonly nsaidContraindications: readonly FindingCode[];
  readonly nsaidCautionsWhen: readonly { readonly finding: FindingCode; readonly text: string }[];
  readonly exerciseProgrammeFromPreviousEpisodes: number;
  readonly exerciseProgrammeFromDay: number;
};

type Sentences<K extends PlanCode> = { readonly [C in K]: string };

/** Why an item is in a plan (see rules/plan-reasons.ts); `{…}` marks a value the engine fills in. */
export type PlanReasons = {
  readonly emergency: Sentences<'call_emergency' | 'do_not_drive'>;
  readonly urgent: Sentences<'urgent_same_day' | 'contact_prescriber' | 'short_rest_position' | 'heat'>;
  readonly routine: Sentences<
    | 'book_doctor'
    | 'contact_prescriber'
    | 'stay_active'
    | 'walking'
    | 'short_rest_position'
    | 'heat'
    | 'cold'
    | 'nsaid_oral'
    | 'pelvic_tilt'
    | 'knee_to_chest'
    | 'gentle_stretch'
    | 'single_leg_raise'
    | 'massage'
    | 'exercise_programme'
    | 'posture_breaks'
    | 'lifting_technique'
  >;
  /** Added to a movement's why when nerve-root signs are present. */
  readonly nerveRootMovement: string;
  /** `{reasons}`: the matching contraindications' `why`, joined with "; ". */
  readonly medicineRuledOut: string;
  /** `{reason}`: one contraindication the person was not sure about. */
  readonly unsureCountsForSafety: string;
};

/** The whole catalogue, as the engine receives it. */
export type Knowledge = {
  readonly version: string;
  readonly sources: readonly Source[];
  readonly questionGroups: readonly QuestionGroup[];
  readonly questions: readonly Question[];
  readonly redFlagConditions: readonly RedFlagCondition[];
  readonly dispositionRules: readonly DispositionRule[];
  readonly safetyNets: readonly SafetyNet[];
  readonly unsureCountsAsYes: readonly FindingCode[];
  readonly causes: readonly Cause[];
  readonly followUpRules: readonly FollowUpRule[];
  readonly planItems: readonly PlanItem[];
  readonly avoidItems: readonly AvoidItem[];
  readonly exercises: readonly Exercise[];
  readonly medicines: readonly MedicineNote[];
  readonly myths: readonly Myth[];
  readonly planPolicy: PlanPolicy;
  readonly planReasons: PlanReasons;
};

export type { Disposition };
