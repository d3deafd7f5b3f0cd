// A stand-in for an operator's licensed questionnaire file, built from the knowledge's item and
// answer counts. Its words are placeholders: the real text is licensed and never in this repo.
import { INSTRUMENT_TEXT_FORMAT } from '#contract';
import { LICENSED_INSTRUMENTS } from '#knowledge';

export function placeholderInstrumentFile(ids: readonly string[] = LICENSED_INSTRUMENTS.map((k) => k.id)) {
  return {
    format: INSTRUMENT_TEXT_FORMAT,
    version: 1,
    instruments: LICENSED_INSTRUMENTS.filter((k) => ids.includes(k.id)).map((k) => ({
      id: k.id,
      licence: `Licensed to the test operator for ${k.title}.`,
      instructions: `Placeholder instructions for ${k.title}.`,
      items: k.answerMax.map((max, i) => ({
        text: `Placeholder item ${i + 1}`,
        answers: Array.from({ length: max + 1 }, (_, a) => `answer ${a}`),
      })),
    })),
  };
}
