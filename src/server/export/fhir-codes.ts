// The code systems and canonical URLs of Unknot's FHIR exports. Standard codes come from
// ../shared/clinical/reference.md §9 (LOINC 72514-3 pain severity; the PEG panel 91148-7, its mean
// score 91147-9 and its items 75893-8 / 91145-3 / 91146-1, all "partially verified" there; SNOMED
// CT 279039007 low back pain); everything Unknot defines itself (dispositions, red flags, findings, diary fields, relief
// methods, the knowledge version) lives under one namespace of ours. `unknot.example` is a
// placeholder domain (RFC 2606) until the project has its own; the paths are stable.

import { createHash } from 'node:crypto';
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

export const FHIR_BASE = 'https://unknot.example/fhir';
export const CODE_SYSTEM = {
  disposition: `${FHIR_BASE}/CodeSystem/disposition`,
  redFlag: `${FHIR_BASE}/CodeSystem/red-flag`,
  finding: `${FHIR_BASE}/CodeSystem/finding`,
  answer: `${FHIR_BASE}/CodeSystem/answer`,
  diary: `${FHIR_BASE}/CodeSystem/diary`,
  relief: `${FHIR_BASE}/CodeSystem/relief-method`,
  bodyArea: `${FHIR_BASE}/CodeSystem/body-area`,
  knowledgeVersion: `${FHIR_BASE}/CodeSystem/knowledge-version`,
  check: `${FHIR_BASE}/CodeSystem/check`,
  duration: `${FHIR_BASE}/CodeSystem/episode-duration`,
} as const;
export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/check`;
export const DISPOSITION_EXTENSION = `${FHIR_BASE}/StructureDefinition/disposition`;

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';

export const PAIN_SEVERITY: Coding = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};
// The PEG codes carry no `display`: reference.md gives the concepts, not LOINC's display strings,
// so the CodeableConcepts say what they are in their `text` instead.
/** The PEG 3-item pain scale panel; LOINC's own Questionnaire for it has the panel's code. */
export const PEG_PANEL: Coding = { system: LOINC, code: '91148-7' };
export const PEG_QUESTIONNAIRE_URL = `${LOINC}/q/${PEG_PANEL.code}`;
/** Mean score [PEG]. */
export const PEG_SCORE: Coding = { system: LOINC, code: '91147-9' };
/** LOINC item codes of the PEG, by our item key (average pain; enjoyment; general activity). */
export const PEG_ITEM_CODES = {
  pain: { system: LOINC, code: '75893-8' },
  enjoyment: { system: LOINC, code: '91145-3' },
  activity: { system: LOINC, code: '91146-1' },
} as const satisfies Record<string, Coding>;
export const LOW_BACK_PAIN: Coding = { system: SNOMED, code: '279039007', display: 'Low back pain' };
export const SURVEY: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }],
};

export const concept = (system: string, code: string, display: string, text?: string): CodeableConcept => ({
  coding: [{ system, code, display }],
  ...(text ? { text } : {}),
});

/** A stable UUID made from text (SHA-256, laid out as a version-4-style UUID). */
export function uuidFrom(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  const variant = ((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
