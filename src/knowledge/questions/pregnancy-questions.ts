// Pregnancy warning signs (same-day list, when pregnant), periods (triggers) and breastfeeding
// (conditions), each asked unless the person said they are male (contract §2.1, §2.3, §2.5;
// reference §7). Pregnancy warning signs and breastfeeding have no sourced row: unverified.
import type { Question } from '../schema.ts';

export const PREGNANCY_QUESTIONS: readonly Question[] = [
  {
    kind: 'finding',
    code: 'pregnancy_warning_signs',
    group: 'same_day',
    list: 'same-day',
    text: 'During this pregnancy, do you now have leaking fluid, regular tightenings, a fever, or burning when you pee?',
    help: 'Any one of these is enough to answer yes. Tightenings means your bump going hard again and again. Bleeding was asked about at the start.',
    label: 'warning signs in pregnancy',
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
    askWhen: { finding: 'pregnant' },
  },
  {
    kind: 'finding',
    code: 'pain_cyclical_with_periods',
    group: 'onset',
    list: 'started',
    text: 'Do the spasms tend to come with your periods?',
    help: 'For example, they start a day or two before or during a period and settle afterwards.',
    label: 'spasms that come with periods',
    sources: ['hsib-ces-2021', 'unknot-clinical-reference'],
    evidence: 'unverified',
    askWhen: { notMale: true },
  },
  {
    kind: 'finding',
    code: 'breastfeeding',
    group: 'medicines',
    list: 'conditions',
    text: 'Are you breastfeeding?',
    help: 'This changes which medicines we can suggest.',
    label: 'breastfeeding',
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
    askWhen: { notMale: true },
  },
];
