// The order in which the check asks its questions, and when each group is asked.
// Emergency questions come first: an emergency answer ends the questionnaire at once.
import type { QuestionGroup } from '../schema.ts';

export const QUESTION_GROUPS: readonly QuestionGroup[] = [
  {
    id: 'emergency',
    title: 'Right now, do you have any of these?',
    intro:
      'A few quick questions to rule out rare problems that need help straight away. ' +
      'If you cannot tell, choose "not sure" rather than guessing.',
  },
  {
    id: 'about',
    title: 'About you and this episode',
    intro: 'Your age and how long this has been going on change what is most likely and what is safe.',
  },
  {
    id: 'nerves',
    title: 'Your legs',
    intro: 'Back trouble can sometimes irritate a nerve that runs down the leg. These questions check for that.',
  },
  {
    id: 'serious',
    title: 'Other signs a doctor should know about',
    intro:
      'Serious causes of back pain are rare. These questions pick out the few people who should see a doctor, ' +
      'and how soon.',
  },
  {
    id: 'bones',
    title: 'Falls and bone strength',
    intro: 'Some bones break more easily than others. These questions check whether a fall or thin bones could matter.',
  },
  {
    id: 'pregnancy',
    title: 'Pregnancy, breastfeeding and periods',
    intro: 'These can affect back pain, and they change which medicines are safe.',
    askWhen: { notMale: true },
  },
  {
    id: 'onset',
    title: 'How it started',
    intro: 'What you were doing before it began can point to likely triggers. A trigger is not the same as damage.',
  },
  {
    id: 'character',
    title: 'What the pain is like',
    intro: 'How the pain behaves helps us suggest what is most likely to ease it.',
  },
  {
    id: 'medicines',
    title: 'Medicines you take',
    intro:
      'Some medicines can bring on cramps, and some do not mix with anti-inflammatory painkillers. ' +
      'Check your packets or ask a pharmacist if you are unsure.',
  },
  {
    id: 'health',
    title: 'Your health',
    intro: 'These conditions change which treatments are safe for you.',
  },
  {
    id: 'inflammatory',
    title: 'Long-lasting back pain',
    intro:
      'Back pain that has lasted more than three months and began before 45 is occasionally caused by ' +
      'inflammation in the spine, which has its own treatment. These questions check for the signs.',
    askWhen: {
      all: [
        { fact: 'onsetDaysAgo', op: 'gt', value: 90 },
        { fact: 'ageAtOnset', op: 'lt', value: 45 },
      ],
    },
  },
];
