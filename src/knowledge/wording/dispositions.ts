// What each disposition asks of the person, in plain words, for every place that shows one: the
// check's result banner, the CLI headline, the diary's banners and the reasons' phrases.
import type { Disposition } from '../codes.ts';
import type { SourceId } from '../schema.ts';

export type DispositionText = {
  /** The result's title, big and first. */
  readonly title: string;
  /** One or two sentences under the title. */
  readonly body: string;
  /** Completes "you would need …" in reasons. */
  readonly need: string;
  /** The title of a diary banner when a check-in reaches this level. */
  readonly diaryTitle: string;
  readonly sources: readonly SourceId[];
};

export const DISPOSITION_TEXT: { readonly [D in Disposition]: DispositionText } = {
  emergency: {
    title: 'Call the emergency number now',
    body: 'Your answers point to a problem that needs help within hours.',
    need: 'emergency care now',
    diaryTitle: 'Your latest check-in has an emergency warning sign: call now',
    sources: ['nhs-back-pain', 'girft-ces-2023', 'nhs-heart-attack'],
  },
  urgent: {
    title: 'Get medical help today',
    body: 'Speak to a doctor today. If it gets much worse before then, call your emergency number.',
    need: 'a same-day check by a clinician',
    diaryTitle: 'Speak to a doctor today',
    sources: ['nhs-back-pain', 'uk-referral-guidance-lbp'],
  },
  see_doctor: {
    title: 'See a doctor within the next few days',
    body: 'Book an appointment with a GP or a physiotherapist in the next few days. Until then, the plan below helps.',
    need: 'a doctor’s appointment within days',
    diaryTitle: 'Book a doctor',
    sources: ['nhs-back-pain', 'nice-ng59'],
  },
  self_care: {
    title: 'Look after it at home',
    body: 'Nothing you said points to a serious cause. Most back spasms ease a lot within days to weeks; the plan below helps.',
    need: 'self-care at home',
    diaryTitle: 'Keep going',
    sources: ['nice-ng59', 'pengel-2003-prognosis'],
  },
};
