// The check's screens, in asking order. Emergency signs come first and an emergency answer ends
// the check at once; each later screen asks a list of warning signs "answered by exception"
// (reference §8.2: most people have none), then the triggers, then what limits the plan.
import type { QuestionGroup } from '../schema.ts';

export const QUESTION_GROUPS: readonly QuestionGroup[] = [
  {
    id: 'emergency',
    title: 'Do you have any of these?',
    intro: 'Rare, but they need help straight away. If you cannot tell, choose "not sure" rather than guessing.',
    lists: [
      {
        id: 'cauda-equina',
        title: 'Since this back pain began: between the legs, bladder, bowels, legs',
        style: 'any-of',
      },
      { id: 'emergency-other', title: 'Now: heart, blood vessels, injury, infection', style: 'any-of' },
    ],
  },
  {
    id: 'about',
    title: 'About you and this episode',
    intro: 'Your age and how long this has been going on change what is most likely and what is safe.',
  },
  {
    id: 'same_day',
    title: 'Any of these?',
    intro: 'These need a doctor to see you today.',
    lists: [{ id: 'same-day', title: 'Signs that need a doctor today', style: 'any-of' }],
  },
  {
    id: 'see_doctor',
    title: 'Any of these?',
    intro: 'Serious causes are rare. These pick out the few people who should see a doctor within days.',
    lists: [
      { id: 'bones-health', title: 'Your bones and health', style: 'any-of' },
      { id: 'pain-course', title: 'The pain and how it is going', style: 'any-of' },
    ],
  },
  {
    id: 'onset',
    title: 'How it started and what it is like',
    intro: 'Tick what fits. This points to likely triggers and to what may ease it. A trigger is not damage.',
    lists: [
      { id: 'started', title: 'What was happening when it started?', style: 'tick' },
      { id: 'character', title: 'What is the pain like?', style: 'tick' },
    ],
  },
  {
    id: 'medicines',
    title: 'Medicines and health',
    intro:
      'Some medicines can bring on cramps, and some medicines and conditions do not mix with anti-inflammatory ' +
      'painkillers. Check your packets or ask a pharmacist if you are unsure.',
    lists: [
      { id: 'medicines', title: 'Do you take any of these?', style: 'any-of' },
      { id: 'conditions', title: 'Do you have any of these?', style: 'any-of' },
    ],
  },
  {
    id: 'inflammatory',
    title: 'Long-lasting back pain: any of these?',
    intro:
      'Back pain that has lasted more than three months and began before 45 is occasionally caused by ' +
      'inflammation in the spine, which has its own treatment. These check for the signs.',
    askWhen: {
      all: [
        { fact: 'onsetDaysAgo', op: 'gt', value: 90 },
        { fact: 'ageAtOnset', op: 'lt', value: 45 },
      ],
    },
    lists: [{ id: 'inflammatory', title: 'Signs of inflammatory back pain', style: 'any-of' }],
  },
];
