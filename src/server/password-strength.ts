// New passwords are checked against common and breached passwords, keyboard patterns, repeats
// and sequences with zxcvbn-ts (its common dictionary: the most used passwords and words seen in
// breaches). A password scoring below 3 of 4 ("safely unguessable" for an online attack that is
// throttled) is refused with words a person can act on.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

/** Why this password is too easy to guess, in words for the person choosing it; undefined when it is fine. */
export function weakPasswordReason(password: string, userInputs: string[] = []): string | undefined {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  // zxcvbn is slow on very long input; 100 characters is far past any guessable pattern.
  const result = checker.check(password.slice(0, 100), userInputs);
  if (result.score >= MIN_SCORE) return undefined;
  const why = WHY[result.feedback.warning ?? ''] ?? 'it is too easy to guess';
  return `Choose a stronger password: ${why}. A few unrelated words together (such as "maple lantern river sofa") are easy to remember and hard to guess.`;
}

const WHY: Record<string, string> = {
  topTen: 'it is one of the most used passwords',
  topHundred: 'it is one of the most used passwords',
  common: 'it is a commonly used password',
  similarToCommon: 'it is very like a commonly used password',
  wordByItself: 'a single word is easy to guess',
  namesByThemselves: 'names on their own are easy to guess',
  commonNames: 'common names are easy to guess',
  userInputs: 'it contains your name or email address',
  straightRow: 'it is a row of keys on the keyboard',
  keyPattern: 'it is a short keyboard pattern',
  simpleRepeat: 'it repeats the same character',
  extendedRepeat: 'it repeats the same characters',
  sequences: 'it is a sequence such as abc or 123',
  recentYears: 'recent years are easy to guess',
  dates: 'dates are easy to guess',
  pwned: 'it has appeared in a data breach',
};
