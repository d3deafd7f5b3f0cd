// Myth-versus-evidence notes: one per row of reference §4 ("Seed claims that are wrong, unsafe
// or contradicted by evidence"). `seeds` names the seed articles that make or imply the claim;
// `sources` are the references cited in that row; `evidence` is the row's [V]/[S]/[U] tag.
import type { Myth } from './schema.ts';

export const MYTHS: readonly Myth[] = [
  {
    id: 'myth/bed-rest',
    referenceRow: 1,
    claim:
      'When a spasm strikes you should stop, rest and lie flat, and not move until you know what is wrong. ' +
      '(Other articles say the opposite: keep moving.)',
    seeds: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    verdict: 'wrong',
    summary:
      'Bed rest does not help and is no longer advised. In a Cochrane review (2 trials, 401 people with acute low back pain), ' +
      'people told to stay active had slightly less pain and better function than people told to rest in bed. For sciatica, ' +
      'resting in bed made little or no difference. Guideline reviews link long rest with more disability.',
    instead:
      'Stay as active as you comfortably can and carry on with daily life and work where possible. Lying down for a short ' +
      'while in a position that eases the pain is fine when it is bad; then start moving again gently.',
    sources: ['nice-ng59', 'cochrane-bed-rest-2010', 'oliveira-2018-guidelines'],
    evidence: 'verified',
  },
  {
    id: 'myth/stop-medicine-immediately',
    referenceRow: 2,
    claim: 'If spasms start while you are taking a medicine, stop that medicine straight away.',
    seeds: ['seed-004'],
    verdict: 'unsafe',
    summary:
      'Stopping some medicines suddenly is dangerous. Coming off a beta-blocker abruptly can cause palpitations, chest pain ' +
      'or a rise in blood pressure, and sedatives such as benzodiazepines, or nerve-pain medicines such as gabapentin, can ' +
      'cause withdrawal problems. The one exception is a statin: NHS advice is to stop it and get medical advice at once if ' +
      'you have muscle pain, tenderness, weakness or cramps you cannot explain, because very rarely statins damage muscle.',
    instead:
      'If you think a medicine may be causing spasms, contact your pharmacist or the person who prescribed it soon, and do ' +
      'not stop it on your own. If you take a statin and have unexplained muscle pain or weakness, get advice the same day.',
    sources: ['nice-ng59-sciatica-2020', 'stopping-medication-advice', 'nhs-statins'],
    evidence: 'secondary',
  },
  {
    id: 'myth/see-doctor-after-14-days',
    referenceRow: 3,
    claim: 'See a professional if the pain lasts more than 14 days.',
    seeds: ['seed-000'],
    verdict: 'misleading',
    summary:
      'No guideline uses a 14-day cut-off. An ordinary episode often takes longer than two weeks to settle: in the PACE ' +
      'trial the median time to recovery was 16 to 17 days, and in a Sydney study it was 58 days for pain. A fixed ' +
      '14-day rule sends many people who are recovering to the doctor, while warning signs need action on any day.',
    instead:
      'Act at once on any warning sign, whatever day it is. Otherwise, check how you are doing after one to two weeks; see ' +
      'a GP or physiotherapist if you are not improving by about four weeks (about six weeks for pain down the leg); and ' +
      'ask for a care plan if it lasts longer than 12 weeks.',
    sources: ['pace-trial-2014', 'henschke-2008-prognosis', 'oliveira-2018-guidelines', 'uk-referral-guidance-lbp'],
    evidence: 'verified',
  },
  {
    id: 'myth/no-stretching-with-sciatica',
    referenceRow: 4,
    claim: 'Stretching (and massage) will not help spasms caused by pressure on a nerve, and may make them worse.',
    seeds: ['seed-001'],
    verdict: 'wrong',
    summary:
      'None of the guidelines we checked warns against stretching with sciatica. NICE advises exercise programmes, which ' +
      'may include stretching, for low back pain whether or not there is sciatica.',
    instead:
      'Gentle stretches and movement are fine with sciatica. Stop or adjust a movement if it sends pain, numbness or ' +
      'tingling further down your leg.',
    sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'unknot-clinical-reference'],
    evidence: 'verified',
  },
  {
    id: 'myth/ice-regimen',
    referenceRow: 5,
    claim:
      'Ice is a proven treatment for back spasm: use it for 15 to 20 minutes, or for no more than 15 minutes every hour ' +
      'for the first two days.',
    seeds: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'],
    verdict: 'unproven',
    summary:
      'A Cochrane review found too little evidence to say whether cold helps low back pain, and conflicting evidence when ' +
      'heat was compared with cold. The hourly schedule is borrowed from first aid for sprains, not from back pain research.',
    instead:
      'Use cold or heat, whichever you find more comforting, for short-term relief. If you use cold, wrap it in a cloth, ' +
      'keep it to about 15 to 20 minutes, and stop if the skin goes numb. Do not expect it to cure the spasm.',
    sources: ['cochrane-heat-cold-2006', 'mersey-care-pri'],
    evidence: 'verified',
  },
  {
    id: 'myth/hot-fomentation-45c',
    referenceRow: 6,
    claim: 'A towel soaked in water heated to about 45 °C, applied two or three times a day, is the best remedy.',
    seeds: ['seed-001'],
    verdict: 'unsafe',
    summary:
      'Skin held against something at 44 °C can burn after about six hours, and each extra degree roughly halves that ' +
      'time, so 45 °C is past the point where slow burns begin. The heat-wrap trials that showed a small benefit used about 40 °C.',
    instead:
      'Use a warm, not hot, pack or a heat wrap of no more than 40 °C, with a cloth between it and your skin, and do not ' +
      'leave it in one place for long. Never fall asleep on an electric heating pad. Take extra care if your skin is numb, ' +
      'if you have diabetes, or if you are older.',
    sources: ['nadler-heat-wrap', 'low-temperature-burns'],
    evidence: 'secondary',
  },
  {
    id: 'myth/paracetamol',
    referenceRow: 7,
    claim: 'Paracetamol (acetaminophen, Tylenol) is a pain treatment for back spasm.',
    seeds: ['seed-001'],
    verdict: 'wrong',
    summary:
      'Paracetamol alone does not help acute low back pain. In the PACE trial (1,652 people), recovery took a median of 17 ' +
      'days with regular or as-needed paracetamol and 16 days with a dummy tablet. A Cochrane review found high-quality ' +
      'evidence of no difference from placebo after 1, 2, 4 or 12 weeks. NICE advises against paracetamol on its own.',
    instead:
      'Rely on keeping active and on heat first. If you want a medicine, an anti-inflammatory such as ibuprofen may help a ' +
      'little if it is safe for you; a pharmacist can check.',
    sources: ['nice-ng59', 'pace-trial-2014', 'cochrane-paracetamol-2016'],
    evidence: 'verified',
  },
  {
    id: 'myth/celecoxib-self-care',
    referenceRow: 8,
    claim:
      'Anti-inflammatories, including celecoxib (Celebrex), naproxen and ibuprofen, are self-care treatments for back spasm.',
    seeds: ['seed-001', 'seed-003'],
    verdict: 'unsafe',
    summary:
      'Anti-inflammatories help only a little: in a 2020 Cochrane review they lowered pain by about 7 points on a 0 to 100 ' +
      'scale compared with placebo (10 points is usually the smallest change that matters) and disability by about 2 points ' +
      'on a 24-point scale. They are not safe for everyone, for example in pregnancy, after a stomach ulcer, with kidney or ' +
      'heart problems, or with blood thinners. Celecoxib is, as far as we know, prescription-only, though this is not confirmed for every country.',
    instead:
      'If you want to try one, use an over-the-counter anti-inflammatory such as ibuprofen only after checking it is safe ' +
      'for you. Take the lowest dose that helps, for the shortest time, with food.',
    sources: ['nice-ng59', 'cochrane-nsaids-2020', 'nhs-ibuprofen', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    id: 'myth/muscle-relaxants-routine',
    referenceRow: 9,
    claim: 'Muscle relaxants are a standard treatment that gives real relief from back spasms.',
    seeds: ['seed-001', 'seed-002', 'seed-003'],
    verdict: 'misleading',
    summary:
      'The benefit is small and short-lived, and side effects are common. In a Cochrane review, non-benzodiazepine ' +
      'relaxants made it less likely that pain was still unrelieved after 2 to 4 days (risk ratio 0.80) but side effects ' +
      'were 1.5 times as common, mostly drowsiness and dizziness. A 2021 review found pain fell by about 8 points out of ' +
      '100 in the first two weeks, with no effect on disability. Adding diazepam to naproxen worked no better than a ' +
      'placebo, and NICE advises against benzodiazepines for sciatica.',
    instead:
      'These are prescription medicines, not self-care; a doctor may consider a short course. If you are given one, skip ' +
      'alcohol and stay off the road if you feel drowsy.',
    sources: [
      'cochrane-muscle-relaxants-2003',
      'cashin-2021-muscle-relaxants',
      'choosing-wisely-fpm4',
      'nice-ng59-sciatica-2020',
      'mhra-drug-driving-2014',
    ],
    evidence: 'verified',
  },
  {
    id: 'myth/cortisone-shots',
    referenceRow: 10,
    claim: 'A cortisone (steroid) injection helps back spasms.',
    seeds: ['seed-002', 'seed-003'],
    verdict: 'wrong',
    summary:
      'NICE says spinal injections should not be offered for low back pain. An epidural steroid injection is a specialist ' +
      'option only for sudden, severe sciatica (pain from a trapped nerve running down the leg).',
    instead:
      'For ordinary back pain and spasm, injections are not recommended. If severe leg pain from a trapped nerve does not ' +
      'settle, a specialist can talk through the options.',
    sources: ['nice-ng59', 'aomrc-ebi-injections'],
    evidence: 'verified',
  },
  {
    id: 'myth/routine-imaging',
    referenceRow: 11,
    claim: 'X-rays, CT or MRI scans, bone scans and nerve tests are part of working out a back spasm.',
    seeds: ['seed-001', 'seed-002'],
    verdict: 'wrong',
    summary:
      'Guidelines advise against routine scans for back pain and keep them for when the result is likely to change what ' +
      'is done. Routine scanning is recognised as low-value care that can do harm through over-diagnosis: harmless ' +
      'findings get labelled as problems, which can lead to worry and unneeded treatment.',
    instead:
      'A scan is needed only when a clinician suspects a serious cause. Suspected cauda equina syndrome needs an emergency MRI.',
    sources: ['nice-ng59', 'nice-cg88', 'lancet-2018-treatment'],
    evidence: 'verified',
  },
  {
    id: 'myth/dehydration-potassium',
    referenceRow: 12,
    claim:
      'Dehydration or a lack of potassium causes back spasms, so drinking more and topping up salts prevents them.',
    seeds: ['seed-001', 'seed-002', 'seed-004'],
    verdict: 'unproven',
    summary:
      'The evidence is weak. Studies that followed people with exercise cramps have not shown that losing fluid or salts is ' +
      'the cause, and drinking too much to ward off cramps has led to dangerously low blood sodium, sometimes fatal.',
    instead:
      'Do not drink extra water or take potassium to treat a spasm. If you have had vomiting, diarrhoea or heavy sweating, ' +
      'or you take a water tablet, mention it to a clinician.',
    sources: ['cramps-dehydration-reviews'],
    evidence: 'verified',
  },
  {
    id: 'myth/posture-causes-spasm',
    referenceRow: 13,
    claim: 'Poor posture, long hours of sitting and heavy lifting are the main causes of back spasms.',
    seeds: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'],
    verdict: 'misleading',
    summary:
      'Across 8 systematic reviews taken together, none gave strong evidence that any kind of physical work causes back ' +
      'pain, and for sitting, awkward postures, standing, walking, carrying and handling patients the evidence pointed ' +
      'firmly the other way. Brief ' +
      'exposures can still trigger a new episode: in a case-crossover study, being distracted during a task raised the ' +
      'odds 25-fold; heavy loads raised them about 14-fold at age 20, 6-fold at 40 and 3-fold at 60; and vigorous activity about 3-fold.',
    instead:
      'Think of these as possible triggers, not damage you have done. There is no perfect posture to get wrong: change ' +
      'position often, and take care with heavy loads, especially when you are tired or distracted.',
    sources: ['kwon-2011-occupational', 'steffens-2015-triggers'],
    evidence: 'verified',
  },
  {
    id: 'myth/weak-core',
    referenceRow: 14,
    claim: 'Weak tummy (core) muscles leave the back open to spasms.',
    seeds: ['seed-001', 'seed-003'],
    verdict: 'unproven',
    summary:
      'We found no evidence that a weak core causes spasms (this has not been researched in depth). What is known: exercise ' +
      'combined with education made a new episode less likely (risk ratio 0.55, moderate-quality evidence).',
    instead:
      'Regular exercise of a kind you enjoy, with good information about back pain, is what helps prevent new episodes. ' +
      'You do not need a special core routine.',
    sources: ['steffens-2016-prevention', 'unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    id: 'myth/quick-recovery',
    referenceRow: 15,
    claim: 'An attack of back pain usually lasts only a few days before it settles.',
    seeds: ['seed-000', 'seed-002'],
    verdict: 'wrong',
    summary:
      'Pain usually improves fast at first, falling by about 58% on average in the first month, but many people still have ' +
      'some pain months later: in a Sydney study only 72% had fully recovered after a year. The often-quoted figure that ' +
      '90% recover within six weeks is not backed by evidence.',
    instead:
      'Expect steady improvement over weeks rather than days, keep active, and keep track of how you are doing. Get checked ' +
      'if you are not improving by about four weeks.',
    sources: ['pengel-2003-prognosis', 'henschke-2008-prognosis'],
    evidence: 'verified',
  },
  {
    id: 'myth/massage-tools-cure',
    referenceRow: 16,
    claim: 'Massage, trigger-point massagers and self-massage tools will get rid of back spasms.',
    seeds: ['seed-000', 'seed-001', 'seed-004'],
    verdict: 'unproven',
    summary:
      'NICE backs massage only when it is combined with an exercise programme. We found no evidence at all for trigger-point ' +
      'tools such as balls and rollers.',
    instead: 'Use massage or a tool if it feels good, as a comfort measure alongside keeping active, not as a cure.',
    sources: ['nice-ng59'],
    evidence: 'verified',
  },
  {
    id: 'myth/benign-explanation',
    referenceRow: 17,
    claim:
      'Periods or pregnancy explain back spasms, and bladder or bowel trouble, numbness or leg weakness can simply be part ' +
      'of a bad spasm.',
    seeds: ['seed-001', 'seed-002'],
    verdict: 'unsafe',
    summary:
      'Periods and pregnancy can play a part in back pain, but putting new numbness, weakness, or bladder or bowel changes ' +
      'down to them, or to "just a spasm", can delay the diagnosis of cauda equina syndrome. A national UK safety ' +
      'investigation described a case that was first put down to endometriosis.',
    instead:
      'Always check the warning signs, whatever else might explain the pain. New numbness between the legs, or new bladder ' +
      'or bowel changes, need emergency care straight away.',
    sources: ['hsib-ces-2021'],
    evidence: 'verified',
  },
];
