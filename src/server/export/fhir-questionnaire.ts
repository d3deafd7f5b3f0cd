// The check as a FHIR R4 Questionnaire, built from the knowledge base's own questions and groups,
// so the published form and the saved answers (fhir-bundle.ts) can never drift apart. Each
// finding is a yes / no / not sure choice; numbers carry their limits. When a question is asked
// is decided by the engine (nextQuestions), which FHIR's enableWhen cannot express; the
// description says so.

import type { Coding, Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { type DurationChoice, KNOWLEDGE_VERSION, QUESTION_GROUPS, QUESTIONS, type Question } from '#knowledge';
import { CODE_SYSTEM, concept, LOW_BACK_PAIN, QUESTIONNAIRE_URL } from './fhir-codes.ts';

export const ANSWERS = {
  yes: { system: CODE_SYSTEM.answer, code: 'yes', display: 'Yes' },
  no: { system: CODE_SYSTEM.answer, code: 'no', display: 'No' },
  unsure: { system: CODE_SYSTEM.answer, code: 'unsure', display: 'Not sure' },
} as const satisfies Record<string, Coding>;

export const GENDER_SYSTEM = 'http://hl7.org/fhir/administrative-gender';

/** How long the episode has lasted, as the check's duration choice offers it. */
export const durationCoding = (option: DurationChoice): Coding => ({
  system: CODE_SYSTEM.duration,
  code: option.id,
  display: option.label,
});
/** The linkId of the exact figure asked within a duration choice. */
export const exactLinkId = (option: DurationChoice) => `onsetExact.${option.id}`;

/** The linkId of a question: its finding code or its field. */
export const linkIdOf = (q: Question): string => (q.kind === 'finding' ? q.code : q.field);

function itemOf(q: Question): QuestionnaireItem {
  const help: QuestionnaireItem = { linkId: `${linkIdOf(q)}.help`, type: 'display', text: q.help };
  switch (q.kind) {
    case 'finding':
      return {
        linkId: q.code,
        code: concept(CODE_SYSTEM.finding, q.code, q.label).coding ?? [],
        text: q.text,
        type: 'choice',
        answerOption: [ANSWERS.yes, ANSWERS.no, ANSWERS.unsure].map((valueCoding) => ({ valueCoding })),
        item: [help],
      };
    case 'number':
      return {
        linkId: q.field,
        text: q.text,
        type: 'integer',
        required: q.required,
        extension: [
          { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: q.min },
          { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: q.max },
        ],
        item: [help],
      };
    case 'choice':
      return {
        linkId: q.field,
        text: q.text,
        type: 'choice',
        required: true,
        answerOption: q.options.map((o) => ({ valueCoding: durationCoding(o) })),
        item: [
          help,
          // The exact figure, asked only within a choice wide enough to need it.
          ...q.options.flatMap((o): QuestionnaireItem[] =>
            o.exact
              ? [
                  {
                    linkId: exactLinkId(o),
                    text: o.exact.text,
                    type: 'integer',
                    enableWhen: [{ question: q.field, operator: '=', answerCoding: durationCoding(o) }],
                    extension: [
                      {
                        url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
                        valueCoding: { display: o.exact.unit },
                      },
                    ],
                  },
                ]
              : [],
          ),
        ],
      };
    case 'sex':
      return {
        linkId: q.field,
        text: q.text,
        type: 'choice',
        answerOption: q.options.map((o) => ({
          valueCoding: { system: GENDER_SYSTEM, code: o.value, display: o.label },
        })),
        item: [help],
      };
  }
}

export function checkQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'check',
    url: QUESTIONNAIRE_URL,
    version: KNOWLEDGE_VERSION,
    name: 'UnknotBackPainCheck',
    title: 'Unknot: check for a lower back spasm',
    status: 'active',
    subjectType: ['Patient'],
    publisher: 'Unknot',
    description:
      'The questions of the Unknot check, in asking order (emergency questions first). A finding not answered ' +
      'yes or not sure counts as no. Which questions are asked depends on earlier answers; that logic is in ' +
      'the Unknot engine and is not expressed as enableWhen.',
    code: [LOW_BACK_PAIN],
    item: QUESTION_GROUPS.map((g) => ({
      linkId: g.id,
      type: 'group' as const,
      text: g.title,
      item: QUESTIONS.filter((q) => q.group === g.id).map(itemOf),
    })).filter((g) => g.item.length > 0),
  };
}
