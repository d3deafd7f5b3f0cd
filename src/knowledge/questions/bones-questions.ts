// Group "bones": fracture risk (reference §1.2 D; contract §2.1).
import type { Question } from '../schema.ts';

export const BONES_QUESTIONS: readonly Question[] = [
  {
    kind: 'finding',
    code: 'minor_trauma',
    group: 'see_doctor',
    list: 'bones-health',
    text: 'Did this pain start after a minor fall, a bump, or straining your back?',
    help: 'For example, slipping over at home, missing a step, knocking your back or straining it while lifting.',
    label: 'a minor fall, bump or strain',
    sources: ['nice-cks-low-back-pain', 'south-tees-pathway', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    kind: 'finding',
    code: 'visible_deformity_or_bruising',
    group: 'same_day',
    list: 'same-day',
    text: 'Can you see or feel anything new over your spine, such as a bump, a step or bend in its line, a bruise or a graze?',
    help: 'Ask someone to look if you can. A curve you have had for years does not count.',
    label: 'a new lump, bruise or change of shape over the spine',
    sources: ['downie-2013-red-flags', 'nhs-back-pain', 'unknot-clinical-reference'],
    evidence: 'verified',
  },
  {
    kind: 'finding',
    code: 'osteoporosis',
    group: 'see_doctor',
    list: 'bones-health',
    text: 'Have you been told you have thin, fragile bones (osteoporosis)?',
    help: 'Answer yes if a doctor or a bone density scan has said so, or you take a medicine to strengthen your bones.',
    label: 'thin bones (osteoporosis)',
    sources: ['nice-cks-low-back-pain', 'south-tees-pathway', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    kind: 'finding',
    code: 'long_term_oral_steroids',
    group: 'see_doctor',
    list: 'bones-health',
    text: 'Have you been on steroid tablets, for example prednisolone, for several months or longer?',
    help: 'Long courses for asthma, arthritis or bowel disease count. Steroid inhalers, creams and the odd short course do not.',
    label: 'long-term steroid tablets',
    sources: ['henschke-2009-red-flags', 'downie-2013-red-flags', 'unknot-clinical-reference'],
    evidence: 'verified',
  },
];
