// Group "about": age, sex, how long, how bad (contract §1), and pregnancy where it can apply.
// How long is asked as a choice a person in pain can make; the exact figure only when a rule's
// threshold (day 7, 28, 42, 84, 90, or the age the episode began) falls inside their choice.
import type { DurationChoice, Question } from '../schema.ts';

export const DURATION_CHOICES: readonly DurationChoice[] = [
  { id: 'today', label: 'Today', min: 0, max: 0 },
  { id: 'yesterday', label: 'Yesterday', min: 1, max: 1 },
  { id: 'days', label: '2–6 days', min: 2, max: 6 },
  {
    id: 'weeks',
    label: '1–4 weeks',
    min: 7,
    max: 34,
    exact: {
      unit: 'days',
      daysPerUnit: 1,
      text: 'About how many days has it lasted?',
      help: 'One week is 7 days, two weeks 14, three weeks 21, four weeks 28.',
    },
  },
  {
    id: 'months',
    label: '1–3 months',
    min: 35,
    max: 91,
    exact: {
      unit: 'weeks',
      daysPerUnit: 7,
      text: 'About how many weeks has it lasted?',
      help: 'Six weeks is about a month and a half; twelve weeks is about three months.',
    },
  },
  {
    id: 'longer',
    label: 'Longer',
    min: 92,
    max: 36500,
    exact: {
      unit: 'months',
      daysPerUnit: 30,
      text: 'About how many months has it lasted?',
      help: 'A year is 12 months, two years 24. A rough figure is fine.',
      always: true,
    },
  },
];

export const ABOUT_QUESTIONS: readonly Question[] = [
  {
    kind: 'number',
    field: 'age',
    group: 'about',
    text: 'How old are you?',
    help: 'In whole years. The advice here is written for people aged 16 and over; younger people will be asked to see a clinician.',
    min: 0,
    max: 120,
    required: true,
    unit: 'years',
    input: 'digits',
  },
  {
    kind: 'sex',
    field: 'sex',
    group: 'about',
    text: 'What is your sex?',
    help: 'We only use this to decide whether to ask about pregnancy and periods.',
    options: [
      { value: 'female', label: 'Female' },
      { value: 'male', label: 'Male' },
      { value: 'other', label: 'Other, or I would rather not say' },
    ],
  },
  {
    kind: 'finding',
    code: 'pregnant',
    group: 'about',
    text: 'Are you pregnant at the moment?',
    help: 'If you might be but do not know yet, choose "not sure".',
    label: 'being pregnant',
    sources: ['pregnancy-lbp-studies', 'fda-nsaids-pregnancy-2020', 'unknot-clinical-reference'],
    evidence: 'verified',
    askWhen: { notMale: true },
  },
  {
    kind: 'choice',
    field: 'onsetChoice',
    group: 'about',
    text: 'When did this episode start?',
    help: 'Count from when this bout of pain began, not from an earlier episode.',
    options: DURATION_CHOICES,
  },
  {
    kind: 'number',
    field: 'painNow',
    group: 'about',
    text: 'How bad is the pain right now?',
    help: '0 is no pain, 10 the worst pain you can imagine. Pick the number that fits this moment best.',
    min: 0,
    max: 10,
    required: false,
    input: 'scale',
  },
  {
    kind: 'number',
    field: 'previousEpisodes',
    group: 'about',
    text: 'Before this one, how many episodes like this have you had?',
    help: 'You can leave this out. Enter 0 if this is the first time; a rough number is fine.',
    min: 0,
    max: 1000,
    required: false,
    unit: 'episodes',
    input: 'digits',
  },
];
