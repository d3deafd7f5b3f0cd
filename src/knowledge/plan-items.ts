// One plan item for every plan code (codes.ts PLAN_CODES), with the kind fixed by contract §3.3.
// The engine picks which items a person sees (contract §5, rules/plan-policy.ts) and may append
// condition-specific notes; the text here is what every person who gets the item reads.
// `evidence` is the reference's tag for the item's main message; concrete limits (intervals,
// minutes) that no source gives are our own prudence and are said to be so in the comments.
// Movement and exercise items do not repeat the nerve-root caution: the plan builder prepends
// PLAN_POLICY.nerveRootCaution when there are nerve-root signs, and every exercise card's stopIf
// carries it always (exercises/stop-signs.ts).

import type { PlanCode, PlanKind } from './codes.ts';
import type { PlanItem } from './schema.ts';

/** A plan item whose kind and code are pinned, so each group below can only hold its own codes. */
type ItemOf<K extends PlanKind, C extends PlanCode> = PlanItem & { readonly kind: K; readonly code: C };

const EMERGENCY_NUMBERS = '999 in the UK, 112 in the EU or 911 in the US';

// ---- Referral ------------------------------------------------------------------------------

const REFERRAL_ITEMS: readonly ItemOf<
  'referral',
  'call_emergency' | 'do_not_drive' | 'urgent_same_day' | 'book_doctor' | 'contact_prescriber'
>[] = [
  {
    // Reference §1.1: any cauda-equina answer goes to the emergency department (warning card,
    // GIRFT [S]); the NHS public page says to get help immediately [S].
    code: 'call_emergency',
    kind: 'referral',
    title: 'Call the emergency number now',
    detail: `Some of your answers can be a sign of a problem that needs checking in hospital straight away. Call ${EMERGENCY_NUMBERS}, or go to the nearest emergency department now. Acting quickly can prevent lasting harm.`,
    steps: [
      `Call ${EMERGENCY_NUMBERS}, or go straight to the nearest emergency department.`,
      'Tell them you have back pain and which of the warning symptoms you have, and when each one started.',
      'Bring your medicines, or a list of them, if you can do so quickly.',
      'Do not wait to see whether it settles, and do not wait for a GP appointment.',
    ],
    cautions: [
      'Go even if the pain itself is not severe: these warning signs matter more than how bad the pain is.',
      'If you were not sure about one of the symptoms, still get checked now. It is far better to be told all is well than to miss a serious problem.',
    ],
    sources: ['ces-warning-card', 'girft-ces-2023', 'nhs-back-pain', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    // Our own prudence [U]: pain, numbness or weakness can make driving unsafe, and the
    // condition can change on the way. Drowsy medicines and driving: MHRA [V].
    code: 'do_not_drive',
    kind: 'referral',
    title: 'Do not drive yourself',
    detail:
      'Severe pain, numbness or weakness can make it unsafe to drive, and things can change on the way. Ask someone to take you, or call an ambulance.',
    steps: [
      'Ask a family member, friend or neighbour to drive you.',
      'If nobody can take you quickly, or you feel very unwell, call an ambulance on the emergency number.',
      'Take your phone and a list of your medicines with you.',
    ],
    cautions: ['Never drive after taking a medicine that makes you drowsy.'],
    sources: ['unknot-clinical-reference', 'mhra-drug-driving-2014'],
    evidence: 'unverified',
  },
  {
    // Reference §0 level URGENT_SAME_DAY: a clinician within 24 hours (GP same-day, urgent care,
    // NHS 111). Generic: the engine appends the condition-specific notes.
    code: 'urgent_same_day',
    kind: 'referral',
    title: 'Speak to a doctor today',
    detail:
      'Some of your answers mean a doctor should check you today rather than in a few days. If things get worse before you are seen, call the emergency number.',
    steps: [
      'Call your GP surgery and ask for a same-day (urgent) appointment.',
      'If the surgery is closed or has no appointment today, call NHS 111, or your local urgent care or out-of-hours service, or go to an urgent treatment centre.',
      'Tell them which symptoms you have and when they started.',
      `If you get new numbness or weakness, problems with your bladder or bowel, or feel very unwell before you are seen, call the emergency number (${EMERGENCY_NUMBERS}).`,
    ],
    cautions: [
      'Do not wait to see whether it settles by itself.',
      'Until you have been checked, do not start new medicines or exercises for your back unless a clinician says they are fine.',
    ],
    sources: ['unknot-clinical-reference', 'nhs-back-pain', 'nice-cks-low-back-pain'],
    evidence: 'secondary',
  },
  {
    // Reference §0 level SEE_DOCTOR_SOON and §6: review by a clinician within days; keep active
    // meanwhile (guideline overview [V]; NHS [S]).
    code: 'book_doctor',
    kind: 'referral',
    title: 'Book a GP or physiotherapist appointment',
    detail:
      'Your answers suggest it is worth having your back checked by a GP or physiotherapist within the next few days. It is not urgent, and in the meantime you can keep following the rest of this plan.',
    steps: [
      'Book an appointment with your GP or a physiotherapist for the next few days. In some areas you can book physiotherapy yourself.',
      'Take this summary or your pain diary with you, so they can see how things have changed.',
      'Meanwhile, keep following the rest of your plan and stay as active as the pain allows.',
    ],
    cautions: [
      `Do not wait for the appointment if you notice numbness around your genitals or bottom, a new problem with your bladder or bowel, or weakness or numbness in both legs: call ${EMERGENCY_NUMBERS} straight away.`,
      'Speak to a doctor the same day if one leg gets weaker, numbness spreads, or you develop a fever.',
    ],
    sources: ['unknot-clinical-reference', 'oliveira-2018-guidelines', 'nhs-back-pain'],
    evidence: 'secondary',
  },
  {
    // Reference §4 row 2: contact the prescriber or pharmacist rather than stop on your own; some
    // medicines are dangerous to stop suddenly [S]; statin muscle symptoms need same-day advice [S].
    code: 'contact_prescriber',
    kind: 'referral',
    title: 'Ask your prescriber or pharmacist about your new medicine',
    detail:
      'Some medicines can cause muscle cramps or aches, so it is worth checking whether your new or changed medicine could be playing a part. Speak to your prescriber or a pharmacist soon, but do not stop the medicine on your own: some medicines are risky to stop suddenly.',
    steps: [
      'Contact the doctor, nurse or pharmacist who prescribed it, or any pharmacist, in the next day or two.',
      'Tell them the name of the medicine, when you started or changed it, and when the back spasms began.',
      'Keep taking it as prescribed unless they tell you otherwise.',
      'Ask whether the dose, the timing or the medicine itself could be changed if it seems to be the cause.',
    ],
    cautions: [
      'If you take a statin and get unexplained muscle pain, tenderness or weakness elsewhere in your body, or dark (cola-coloured) urine, get medical advice the same day.',
      'Stopping some medicines suddenly, such as beta-blockers for the heart or tablets for anxiety, sleep or nerve pain, can cause serious withdrawal or rebound problems.',
    ],
    sources: ['stopping-medication-advice', 'nhs-statins', 'nice-ng59-sciatica-2020', 'seed-004'],
    evidence: 'secondary',
  },
];

// ---- Comfort -------------------------------------------------------------------------------

const COMFORT_ITEMS: readonly ItemOf<'comfort', 'short_rest_position' | 'heat' | 'cold' | 'massage'>[] = [
  {
    // Reference §3 "Lying flat" and "Bed rest": brief rests in a comfortable position are
    // reasonable [S]; bed rest is not [V]. Answers seed-000 ("lie down flat on your back").
    // "Up to about half an hour" is our own prudence [U].
    code: 'short_rest_position',
    kind: 'comfort',
    title: 'Rest briefly in a comfortable position',
    detail:
      'When the pain is at its worst, a short rest in a comfortable position can help the muscles settle. Keep rests short and get moving again, because staying in bed tends to slow recovery.',
    steps: [
      'Lie on your back with a pillow or two under your knees, or on your side with a pillow between your knees.',
      'Breathe slowly and let your back muscles relax.',
      'Rest for a short while, up to about half an hour, then get up and move about gently.',
      'To get up, roll onto your side, bend your knees, and push yourself up with your arms.',
    ],
    cautions: [
      'This is a short rest, not bed rest: lying down for days lets the muscles stiffen and weaken.',
      'If no position eases the pain at all, or the pain keeps waking you at night, tell a doctor.',
    ],
    sources: ['nhs-back-pain', 'mersey-care-pri', 'cochrane-bed-rest-2010', 'seed-000'],
    evidence: 'secondary',
  },
  {
    // Reference §3 "Heat": ACP recommends superficial heat [V]; Cochrane: heat wraps give a small
    // short-term benefit [V]; trials used about 40 °C [V]; skin burns with long contact at 44 °C
    // [S]. The 20-minute on / 20-minute off timer is our own prudence [U], far below the trials'
    // hours of wear.
    code: 'heat',
    kind: 'comfort',
    title: 'Use gentle heat',
    detail:
      'Warmth on the lower back can ease pain and stiffness for a while, and heat wraps have the best research behind them of the home comfort measures. Keep it warm, not hot: skin can burn slowly at temperatures that do not feel very hot.',
    steps: [
      'Use a heat wrap, a microwavable wheat bag or a hot-water bottle filled with hot, not boiling, water.',
      'Wrap it in a towel or cloth so it never touches bare skin.',
      'Keep it on for up to 20 minutes, then take it off for at least 20 minutes.',
      'Check your skin each time: stop if it looks very red, blotchy or blistered, or feels sore.',
      'Move gently while or after using heat; warmth works best alongside movement.',
    ],
    cautions: [
      'Warm, not hot: no more than about 40 °C. Long contact at 44 °C or more can burn the skin.',
      'Never fall asleep with a heat pad, wheat bag or hot-water bottle against your back, and never sleep on an electric heating pad.',
      'Do not use heat on numb skin, or if you cannot feel heat properly, for example because of diabetic nerve damage.',
      'Take extra care if you are older, have diabetes or have poor circulation.',
      'Do not use heat over a warming or cooling rub or gel.',
    ],
    timer: {
      kind: 'heat',
      defaultMinutes: 20,
      maxMinutes: 20,
      restMinutes: 20,
      maxTemperatureC: 40,
      safetyNote: 'Warm, not hot — no more than 40 °C, with a cloth between.',
    },
    sources: ['acp-2017', 'cochrane-heat-cold-2006', 'nadler-heat-wrap', 'low-temperature-burns'],
    evidence: 'verified',
  },
  {
    // Reference §3 "Ice / cold" and §4 row 5: insufficient evidence for cold in back pain [V];
    // offer for comfort by preference, wrapped, about 15–20 minutes [S]; the 2-hour gap follows
    // the sprain advice of every 2–3 hours [S]. Never on bare skin, not with numb skin or poor
    // circulation: first-aid prudence [U]. Answers seed-000 (lying on an ice bag) and seed-004
    // (ice every hour for two days).
    code: 'cold',
    kind: 'comfort',
    title: 'Try a wrapped cold pack, if you prefer cold',
    detail:
      'Some people find a cold pack soothing, although there is little research showing it helps back pain. Use it for comfort only, wrapped in a cloth and for short spells.',
    steps: [
      'Wrap a cold pack, an ice pack or a bag of frozen peas in a thin towel.',
      'Hold it on the sore area for about 15 minutes, and never more than 20 minutes.',
      'Take it off and wait at least 2 hours before using it again.',
      'Check your skin afterwards: it should be pink, not white, blotchy or numb.',
    ],
    cautions: [
      'Never put ice straight on bare skin, and do not lie on an ice pack or fall asleep with one on.',
      'Do not use cold if you have numb skin or poor circulation.',
      'Stop if the skin goes numb, white or painful.',
      'Cold can ease the pain for a while; it does not treat the spasm itself.',
    ],
    timer: {
      kind: 'cold',
      defaultMinutes: 15,
      maxMinutes: 20,
      restMinutes: 120,
      safetyNote: 'Always wrapped — never ice on bare skin. At most 20 minutes, then at least 2 hours off.',
    },
    sources: ['cochrane-heat-cold-2006', 'nhs-back-pain', 'mersey-care-pri', 'seed-000', 'seed-004'],
    evidence: 'secondary',
  },
  {
    // Reference §3 "Massage" and §4 row 16: NICE supports massage only alongside exercise [V];
    // ACP lists it for acute pain (low quality) [V]. Massage tools: no evidence either way. The
    // plan policy leaves massage out when there are nerve-root signs.
    code: 'massage',
    kind: 'comfort',
    title: 'Try a gentle massage for comfort',
    detail:
      'A gentle massage may ease tight muscles for a while. Guidelines support massage only alongside exercise, so treat it as a comfort measure rather than a cure.',
    steps: [
      'Ask someone to rub the sore muscles on either side of your spine with light to moderate pressure, using a little oil or lotion.',
      'Keep the pressure comfortable; it should not hurt.',
      'Avoid pressing directly on the bones of the spine.',
      'Follow it with some gentle movement or a short walk.',
    ],
    cautions: [
      'Skip massage over broken skin, or over a new lump, bruise or swelling on the spine.',
      'Massage balls and rollers have no research behind them; if you use one, keep the pressure gentle.',
      'If you have pain, numbness or tingling going down a leg, leave massage until a clinician has checked you.',
    ],
    sources: ['nice-ng59', 'acp-2017', 'cmaj-guideline-comparison', 'seed-000', 'seed-004'],
    evidence: 'verified',
  },
];

// ---- Movement ------------------------------------------------------------------------------

const MOVEMENT_ITEMS: readonly ItemOf<'movement', 'stay_active' | 'walking'>[] = [
  {
    // Reference §3 "Staying active" and §4 row 1: continue normal activities and work as far as
    // the pain allows [V]; no need to be pain-free before returning to work [S]. Answers seed-001
    // ("do not move until you know the source").
    code: 'stay_active',
    kind: 'movement',
    title: 'Keep doing your normal activities',
    detail:
      'Carrying on with your usual day, as far as the pain allows, helps more than resting: people who stay active tend to have a little less pain and cope better. You do not need to wait until the pain has gone, and some discomfort while moving does not mean you are doing harm.',
    steps: [
      'Keep up everyday activities such as getting dressed, light housework and short trips out, at a pace you can manage.',
      'Stay at work, or go back as soon as you can, with lighter tasks or shorter days for a while if that helps.',
      'Change position often rather than staying still for long.',
      'Break bigger jobs into smaller pieces, with short rests in between.',
      'Build back up to your usual level over days rather than all at once.',
    ],
    cautions: [
      'If an activity makes the pain much worse and it does not settle soon after you stop, ease off and try it again in smaller amounts.',
    ],
    sources: ['nice-ng59', 'cochrane-bed-rest-2010', 'acp-2017', 'nhs-back-pain', 'seed-001'],
    evidence: 'verified',
  },
  {
    // Walking is a simple way to stay active [V]; NICE's exercise includes aerobic activity [V].
    // The pacing is our own prudence [U] (see the exercise card).
    code: 'walking',
    kind: 'movement',
    title: 'Go for short, frequent walks',
    detail:
      'Walking is a simple, gentle way to keep your back moving and your muscles working. Several short walks a day are easier on a sore back than one long one, and you can build up as it eases.',
    steps: [
      'Start with a few minutes at an easy pace on level ground.',
      'Walk a few times a day, for example every two or three hours while you are up and about.',
      'Add a minute or two each day if it feels fine.',
    ],
    cautions: [
      'Slow down, or stop and rest, if the pain builds up; try a shorter walk next time.',
      'Wear comfortable, flat shoes and avoid slippery or uneven ground while the pain is bad.',
    ],
    exercise: 'exercise/walking',
    sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'cochrane-bed-rest-2010', 'nhs-back-pain'],
    evidence: 'verified',
  },
];

// ---- Exercise ------------------------------------------------------------------------------

const EXERCISE_ITEMS: readonly ItemOf<
  'exercise',
  'gentle_stretch' | 'knee_to_chest' | 'pelvic_tilt' | 'single_leg_raise' | 'exercise_programme'
>[] = [
  {
    // Reference §3 "Stretching" and §4 row 4: NICE includes stretching in the exercise it
    // recommends, with or without sciatica [V]; for a new episode exercise is no better than
    // other care [V]. Answers seed-001 ("stretching is not for nerve-pressure spasms").
    code: 'gentle_stretch',
    kind: 'exercise',
    title: 'Do a gentle stretch',
    detail:
      'Gentle stretching within comfort can help a tight back feel looser, and it is fine to do with or without leg pain. It will not cure the spasm by itself, but it helps you keep moving.',
    steps: [
      'Follow the exercise card for gentle knee rolls, moving only as far as is comfortable.',
      'Breathe slowly and steadily throughout.',
      'Do a few, two or three times a day.',
    ],
    cautions: ['A mild pulling feeling is fine; sharp pain is a sign to ease off.'],
    exercise: 'exercise/gentle-stretch',
    sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'karlsson-2020-exercise', 'seed-001'],
    evidence: 'verified',
  },
  {
    code: 'knee_to_chest',
    kind: 'exercise',
    title: 'Do the knee-to-chest stretch',
    detail:
      'Gently drawing one knee towards your chest can ease tightness in the lower back and buttock. Like all exercise for a new episode, it helps you keep moving rather than curing the pain.',
    steps: [
      'Follow the exercise card, one knee at a time.',
      'Stop at a gentle stretch, never at pain.',
      'Do a few, two or three times a day.',
    ],
    cautions: ['Keep the other foot on the floor and do not pull both knees in together.'],
    exercise: 'exercise/knee-to-chest',
    sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'karlsson-2020-exercise'],
    evidence: 'verified',
  },
  {
    code: 'pelvic_tilt',
    kind: 'exercise',
    title: 'Do gentle pelvic tilts',
    detail:
      'Small, slow tilts of the pelvis move the lower back gently and wake up the tummy muscles. They are an easy way to start moving when the back feels locked.',
    steps: [
      'Follow the exercise card, keeping the movement small.',
      'Breathe out as you tilt and do not hold your breath.',
      'Do a set, two or three times a day.',
    ],
    cautions: ['If lying down is hard, do the tilts standing with your back against a wall.'],
    exercise: 'exercise/pelvic-tilt',
    sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'karlsson-2020-exercise'],
    evidence: 'verified',
  },
  {
    // Reference §3 "Leg lifts": no guideline prescribes it; straight-leg raising tensions the
    // sciatic nerve [S], so stop if leg symptoms increase [U]. Answers seed-001's leg lifts. The
    // plan policy never offers it with nerve-root signs or in pregnancy.
    code: 'single_leg_raise',
    kind: 'exercise',
    title: 'Do single leg raises, done safely',
    detail:
      'Lifting one leg a short way while the other knee stays bent gently works the tummy and hip muscles. It is an option once the worst pain has eased: keep the lift small and slow.',
    steps: [
      'Follow the exercise card, with the other knee bent and that foot flat on the floor.',
      'Lift only a hand’s width, slowly, and lower slowly.',
      'Leave it out on days when the pain is severe.',
    ],
    cautions: [
      'Stop at once if you feel pain, tingling or numbness going down the leg.',
      'Not suggested if you have pain below the knee, numbness or pins-and-needles, or weakness in a leg, because lifting a straight leg pulls on the sciatic nerve.',
      'Never lift both legs together.',
    ],
    exercise: 'exercise/single-leg-raise',
    sources: ['unknot-clinical-reference', 'sciatica-slr-pathway', 'karlsson-2020-exercise', 'seed-001'],
    evidence: 'unverified',
  },
  {
    // Reference §3 "Physical therapy / exercise programme": NICE recommends group exercise
    // programmes [V]; exercise plus education lowered the risk of a new episode, RR 0.55 [V];
    // recurrences are common (§6) [V].
    code: 'exercise_programme',
    kind: 'exercise',
    title: 'Build up with a regular exercise programme',
    detail:
      'Once the worst has passed, a structured exercise programme, with a physiotherapist or in a group class, helps you get stronger and more confident. In studies, exercise together with learning about back pain cut the chance of a new episode by around 45%.',
    steps: [
      'Ask your GP or a physiotherapist about an exercise programme, or look for a local back class.',
      'Pick something you can keep doing: stretching, strengthening, walking, swimming, pilates, yoga and tai chi all count.',
      'Start gently and build up over several weeks.',
      'Keep going after the pain has settled, to help prevent another episode.',
    ],
    cautions: [
      'Start once the worst of the pain has eased; some discomfort while exercising is normal.',
      'Tell the instructor about your back and about any leg symptoms.',
    ],
    sources: [
      'nice-ng59',
      'bmj-2017-ng59-summary',
      'steffens-2016-prevention',
      'karlsson-2020-exercise',
      'da-silva-2019-recurrence',
    ],
    evidence: 'verified',
  },
];

// ---- Medicine ------------------------------------------------------------------------------

const MEDICINE_ITEMS: readonly ItemOf<'medicine', 'nsaid_oral' | 'topical_rub'>[] = [
  {
    // Reference §3 "NSAIDs": NICE: consider, lowest dose, shortest time [V]; Cochrane 2020: small
    // benefit [V]; OTC ibuprofen dosing [S]. Offered only when none of the contract §5
    // contraindications applies (medicines.ts, medicine/ibuprofen).
    code: 'nsaid_oral',
    kind: 'medicine',
    title: 'Consider ibuprofen for a few days',
    detail:
      'An anti-inflammatory medicine such as ibuprofen, from a pharmacy, can take the edge off the pain for some people, although the benefit is small. If you use it, take the lowest dose that helps for the shortest time.',
    steps: [
      'Read the leaflet, and ask the pharmacist if you are unsure whether it suits you.',
      'Adults: take 200 mg to 400 mg with or just after food, up to three times a day, at least 6 hours apart.',
      'Never take more than 1,200 mg in 24 hours unless a doctor has told you to.',
      'Use it for a few days only, and stop once the pain eases. Speak to a pharmacist or doctor if you need it for more than 10 days.',
    ],
    cautions: [
      'Stop taking it and get urgent medical help if you pass black or tarry stools, vomit blood or what looks like coffee grounds, or get bad tummy pain.',
      'Stop and get help at once if you become wheezy or short of breath, or your lips, face or throat swell.',
      'Ask a pharmacist first if you take any other medicines, including other painkillers and cold and flu remedies, which may already contain ibuprofen or aspirin.',
      'Do not take it together with another anti-inflammatory such as naproxen, diclofenac or aspirin.',
      'It eases pain a little but is not a cure: keep moving too.',
    ],
    medicine: 'medicine/ibuprofen',
    sources: ['nice-ng59', 'medscape-ng59-nsaids', 'cochrane-nsaids-2020', 'acp-2017', 'nhs-ibuprofen'],
    evidence: 'verified',
  },
  {
    // Reference §3 "Topical counter-irritants": capsicum probably helps chronic back pain a little
    // [V/S]; NICE does not address topical products [S]; the safety advice is label-type [U].
    // Answers seed-004 (liniments and "Icy Hot").
    code: 'topical_rub',
    kind: 'medicine',
    title: 'Try a warming or cooling rub for comfort',
    detail:
      'A rub or gel with capsicum (chilli) or menthol makes the skin feel warm or cool, which some people find soothing. There is a little evidence for capsicum in long-lasting back pain but hardly any for a new spasm, so use it for comfort only.',
    steps: [
      'Gently rub a small amount into the sore area, following the directions on the pack.',
      'Wash your hands well straight afterwards.',
      'Use it no more often than the pack says.',
    ],
    cautions: [
      'Do not use a heat pad, hot-water bottle or heat wrap over a rub or gel: together they can burn the skin.',
      'Stop if the skin becomes very red, sore, itchy or blistered.',
      'Keep it away from your eyes, mouth, genitals and any broken skin.',
      'If aspirin or anti-inflammatory medicines have ever caused you a reaction, ask a pharmacist first: some rubs contain related ingredients.',
    ],
    medicine: 'medicine/topical-rub',
    sources: ['cochrane-herbal-2014', 'pharmacist-cpd-pharmacological', 'unknot-clinical-reference', 'seed-004'],
    evidence: 'unverified',
  },
];

// ---- Advice --------------------------------------------------------------------------------

const ADVICE_ITEMS: readonly ItemOf<'advice', 'posture_breaks' | 'lifting_technique'>[] = [
  {
    // Reference §4 row 13 and §6: posture and sitting are possible triggers, not proven causes
    // [V]; sitting more than 5 hours a day predicted recurrence [V]. The 30–60 minute interval is
    // our own prudence [U]. Answers seed-000 ("poor posture causes spasms").
    code: 'posture_breaks',
    kind: 'advice',
    title: 'Break up long spells of sitting',
    detail:
      'Staying in one position for a long time can leave a back stiff and sore, and people who sit for many hours a day are more likely to have the pain come back. There is no single correct posture: changing position often matters more.',
    steps: [
      'Every 30 to 60 minutes, stand up, stretch or walk about for a minute or two.',
      'Set a reminder on your phone or computer if you tend to lose track of time.',
      'On long drives, stop for a short walk at regular breaks.',
      'Shift your position in the chair often; a cushion or rolled towel behind your lower back may feel better.',
    ],
    cautions: [
      'Sitting and posture are possible triggers, not the cause of your pain and not your fault. There is no need to sit perfectly.',
      'If sitting sends pain down your leg, get up and move more often.',
    ],
    sources: ['da-silva-2019-recurrence', 'steffens-2015-triggers', 'unknot-clinical-reference', 'seed-000'],
    evidence: 'verified',
  },
  {
    // Reference §4 row 13 and §7: heavy loads, awkward postures and distraction (OR 25) or fatigue
    // during a task are short-term triggers of a new episode [V]; not causes. Answers seed-000
    // ("heavy lifting causes trauma") and seed-004 ("avoid lifting heavy weights").
    code: 'lifting_technique',
    kind: 'advice',
    title: 'Lift with care, and not when tired or distracted',
    detail:
      'Back pain often starts during a lift or a twist, especially when people are tired, rushed or distracted: in one large study, being distracted during a task was among the strongest short-term triggers. Planning a lift and keeping the load close helps you stay in control.',
    steps: [
      'Before lifting, check how heavy the load is and clear the way; get help with anything heavy or awkward.',
      'Stand close to the load with your feet apart, one slightly in front of the other.',
      'Bend your hips and knees in whatever way feels comfortable, and hold the load close to your body.',
      'Lift smoothly, and turn by moving your feet rather than twisting your back.',
      'If you are tired or your mind is elsewhere, put the task off or split the load into smaller ones.',
    ],
    cautions: [
      'While the pain is bad, avoid heavy lifting and ask for help.',
      'Lifting is a possible trigger, not a sign that your back is fragile: once you have recovered you can build back up to normal lifting.',
    ],
    sources: ['steffens-2015-triggers', 'unknot-clinical-reference', 'seed-000', 'seed-004'],
    evidence: 'verified',
  },
];

export const PLAN_ITEMS: readonly PlanItem[] = [
  ...REFERRAL_ITEMS,
  ...COMFORT_ITEMS,
  ...MOVEMENT_ITEMS,
  ...EXERCISE_ITEMS,
  ...MEDICINE_ITEMS,
  ...ADVICE_ITEMS,
];
