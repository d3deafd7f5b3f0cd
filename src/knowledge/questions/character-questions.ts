// Group "character": what the pain is like (contract §2.1, §2.3). The reference has no row for
// the three pain descriptions, so they are unverified; `getting_better` follows the four-week
// review point (reference §6).
import type { Question } from '../schema.ts';

export const CHARACTER_QUESTIONS: readonly Question[] = [
  {
    kind: 'finding',
    code: 'sudden_cramping',
    group: 'onset',
    list: 'character',
    text: 'Does the pain come as sudden cramps that grip and then let go?',
    help: 'Like a cramp: the muscle tightens hard for seconds or minutes, eases, then may come back again.',
    label: 'sudden cramping that comes and goes',
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    kind: 'finding',
    code: 'tight_knot',
    group: 'onset',
    list: 'character',
    text: 'Can you feel a tight, tender knot in a muscle of your back?',
    help: 'A firm, sore lump in the muscle beside the spine, not on the bone of the spine itself.',
    label: 'a tight knot in the back muscle',
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    kind: 'finding',
    code: 'pain_on_movement',
    group: 'onset',
    list: 'character',
    text: 'Does it hurt mainly when you move or bend, and less when you keep still?',
    help: 'For example, getting out of a chair, bending to put on socks, or turning over in bed.',
    label: 'pain mainly on moving or bending',
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    kind: 'finding',
    code: 'getting_better',
    group: 'onset',
    list: 'character',
    text: 'Compared with when this episode began, is the pain already easing?',
    help: 'Answer yes if it is clearly better overall, even if it has not gone. If it is about the same or worse, answer no.',
    label: 'pain already easing',
    sources: ['oliveira-2018-guidelines', 'nice-cks-low-back-pain', 'unknot-clinical-reference'],
    evidence: 'secondary',
    askWhen: { fact: 'onsetDaysAgo', op: 'gte', value: 28 },
  },
];
