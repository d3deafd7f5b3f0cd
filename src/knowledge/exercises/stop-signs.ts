// Stop signs shown with every exercise (contract §5: every movement or exercise carries the
// nerve-root caution, worded exactly as in rules/plan-policy.ts). Stopping a movement that
// spreads leg symptoms is clinical prudence ([U], reference §3 "Stretching"); the emergency line
// repeats the cauda-equina and progressive-deficit warnings of reference §1 in plain words.

/** Exactly the wording of PLAN_POLICY.nerveRootCaution. */
export const LEG_SYMPTOMS_SPREAD = 'Stop if leg symptoms spread further down the leg.';

export const COMMON_STOP_IF = [
  LEG_SYMPTOMS_SPREAD,
  'Stop if the movement causes sharp pain, or pain that keeps building and does not settle soon after you stop.',
  'Stop and call the emergency number (999 in the UK, 112 in the EU, 911 in the US) if you notice numbness around your genitals or bottom, any new change in bladder or bowel control, or both legs getting weaker or numb.',
  'Stop and get same-day advice from a doctor if one leg or foot is getting weaker or numbness in a leg is spreading.',
] as const;

/** For exercises done lying on the back. */
export const PREGNANCY_CAUTION =
  'If you are pregnant, ask your midwife or a physiotherapist whether exercises lying on your back suit you, especially after the first few months.';
