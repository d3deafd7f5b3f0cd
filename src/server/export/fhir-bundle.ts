// An account as a FHIR R4 Bundle (type collection): a minimal Patient; a pain Observation
// (LOINC 72514-3) per check-in and per spasm episode; each saved check as a QuestionnaireResponse
// to the published Questionnaire (fhir-questionnaire.ts) plus a ClinicalImpression that carries
// its disposition and red flags as codes with display text; and, per knowledge version, a Device
// and a Provenance saying which version of the clinical rules produced the checks. Every
// check-derived resource is also tagged with its knowledge version. Each weekly PEG is a
// QuestionnaireResponse to LOINC's PEG panel (91148-7) plus an Observation of its mean score
// (91147-9) derived from it, with the three items as components.

import type {
  Bundle,
  BundleEntry,
  ClinicalImpression,
  Device,
  Observation,
  ObservationComponent,
  Patient,
  Provenance,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { type Assessment, pegScore } from '#engine';
import { DISPOSITION_TEXT, type Disposition, PEG, QUESTION_GROUPS, QUESTIONS } from '#knowledge';
import type { AccountData, CheckinRecord, CheckRecord, EpisodeRecord, PegRecord } from './account-data.ts';
import {
  CODE_SYSTEM,
  concept,
  DISPOSITION_EXTENSION,
  LOW_BACK_PAIN,
  PAIN_SEVERITY,
  PEG_ITEM_CODES,
  PEG_QUESTIONNAIRE_URL,
  PEG_SCORE,
  QUESTIONNAIRE_URL,
  SURVEY,
  UCUM,
  uuidFrom,
} from './fhir-codes.ts';
import { ANSWERS, durationCoding, exactLinkId, GENDER_SYSTEM, linkIdOf } from './fhir-questionnaire.ts';
import { findingLabel, methodTitle } from './report-summary.ts';

const DISPOSITION_DISPLAY: Record<Disposition, string> = {
  emergency: `Emergency: ${DISPOSITION_TEXT.emergency.title}`,
  urgent: `Urgent, same day: ${DISPOSITION_TEXT.urgent.title}`,
  see_doctor: `See a doctor within days: ${DISPOSITION_TEXT.see_doctor.title}`,
  self_care: `Self-care: ${DISPOSITION_TEXT.self_care.title}`,
};

export type FhirExportOptions = {
  /** Stable per account, so repeated exports give the same ids. */
  readonly accountKey: string;
  readonly exportedAt: Date;
  readonly name?: string | undefined;
};

const urn = (id: string) => `urn:uuid:${id}`;
const versionTag = (version: string) => ({ tag: [{ system: CODE_SYSTEM.knowledgeVersion, code: version }] });
const areaLabel = (code: string) => code.replaceAll('_', ' ');

function diaryComponent(code: string, display: string, value: Partial<ObservationComponent>): ObservationComponent {
  return { code: concept(CODE_SYSTEM.diary, code, display), ...value };
}

function checkinObservation(c: CheckinRecord, subject: Reference<Patient>, key: string): Observation {
  const signs = [
    ...c.findings.map((f) => ({ f, answer: ANSWERS.yes })),
    ...c.unsure.map((f) => ({ f, answer: ANSWERS.unsure })),
  ];
  return {
    resourceType: 'Observation',
    id: uuidFrom(`${key}/checkin/${c.date}`),
    status: 'final',
    category: [SURVEY],
    code: { coding: [PAIN_SEVERITY], text: 'Average pain over the day (0–10), daily check-in' },
    subject,
    effectiveDateTime: c.date,
    issued: c.updatedAt,
    valueInteger: c.painAverage,
    component: [
      diaryComponent('interference-activity', 'Pain interference with daily activity (0–10)', {
        valueInteger: c.interferenceActivity,
      }),
      diaryComponent('interference-sleep', 'Pain interference with sleep (0–10)', {
        valueInteger: c.interferenceSleep,
      }),
      diaryComponent('getting-better', 'Getting better', { valueBoolean: c.gettingBetter }),
      ...signs.map(({ f, answer }) => ({
        code: concept(CODE_SYSTEM.finding, f, findingLabel(f)),
        valueCodeableConcept: { coding: [answer] },
      })),
    ],
  };
}

function episodeMinutes(e: EpisodeRecord): number | null {
  if (e.durationMinutes !== null) return e.durationMinutes;
  return e.endedAt ? Math.round((Date.parse(e.endedAt) - Date.parse(e.startedAt)) / 60_000) : null;
}

function episodeObservation(e: EpisodeRecord, subject: Reference<Patient>): Observation {
  const minutes = episodeMinutes(e);
  return {
    resourceType: 'Observation',
    id: e.id,
    status: 'final',
    category: [SURVEY],
    code: { coding: [PAIN_SEVERITY], text: 'Intensity of a back spasm episode (0–10)' },
    subject,
    ...(e.endedAt ? { effectivePeriod: { start: e.startedAt, end: e.endedAt } } : { effectiveDateTime: e.startedAt }),
    issued: e.updatedAt,
    valueInteger: e.intensity,
    component: [
      ...(minutes !== null
        ? [
            diaryComponent('duration', 'Duration of the episode', {
              valueQuantity: { value: minutes, unit: 'min', system: UCUM, code: 'min' },
            }),
          ]
        : []),
      ...e.locations.map((a) =>
        diaryComponent('location', 'Where it hurt', {
          valueCodeableConcept: concept(CODE_SYSTEM.bodyArea, a, areaLabel(a)),
        }),
      ),
      ...e.triggers.map((t) =>
        diaryComponent('trigger', 'What set it off', {
          valueCodeableConcept: concept(CODE_SYSTEM.finding, t, findingLabel(t)),
        }),
      ),
      ...e.reliefTried.map((r) => ({
        code: concept(
          CODE_SYSTEM.relief,
          r.method,
          methodTitle(r.method),
          'Tried; how much it helped (0 not at all – 3 a lot)',
        ),
        valueInteger: r.helped,
      })),
    ],
    ...(e.notes ? { note: [{ text: e.notes }] } : {}),
  };
}

/** A weekly PEG: the answers as a QuestionnaireResponse, and the score as an Observation of it. */
function pegResources(p: PegRecord, subject: Reference<Patient>, key: string) {
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: p.id,
    questionnaire: PEG_QUESTIONNAIRE_URL,
    status: 'completed',
    subject,
    authored: p.createdAt,
    item: PEG.items.map((item) => ({
      linkId: PEG_ITEM_CODES[item.key].code,
      text: `${item.text} (0 ${item.low} – 10 ${item.high})`,
      answer: [{ valueInteger: p[item.key] }],
    })),
  };
  const observation: Observation = {
    resourceType: 'Observation',
    id: uuidFrom(`${key}/peg/${p.id}/score`),
    status: 'final',
    category: [SURVEY],
    code: { coding: [PEG_SCORE], text: 'PEG score: mean of pain, enjoyment of life and general activity (0–10)' },
    subject,
    effectiveDateTime: p.date,
    issued: p.createdAt,
    valueQuantity: { value: pegScore(p), unit: '{score}', system: UCUM, code: '{score}' },
    derivedFrom: [{ reference: urn(p.id), display: 'PEG answers' }],
    component: PEG.items.map((item) => ({
      code: { coding: [PEG_ITEM_CODES[item.key]], text: item.label },
      valueInteger: p[item.key],
    })),
  };
  return { response, observation };
}

type IntakeLike = {
  onsetExact?: never;
  age?: number;
  sex?: string;
  onsetDaysAgo?: number;
  painNow?: number;
  previousEpisodes?: number;
  findings?: string[];
  unsure?: string[];
};

/** The answers of a saved check, grouped as the Questionnaire groups its questions. */
function responseItems(intake: IntakeLike): QuestionnaireResponseItem[] {
  const findings = new Set(intake.findings ?? []);
  const unsure = new Set(intake.unsure ?? []);
  const groups: QuestionnaireResponseItem[] = [];
  for (const g of QUESTION_GROUPS) {
    const items: QuestionnaireResponseItem[] = [];
    for (const q of QUESTIONS) {
      if (q.group !== g.id) continue;
      const linkId = linkIdOf(q);
      if (q.kind === 'finding') {
        const answer = findings.has(q.code) ? ANSWERS.yes : unsure.has(q.code) ? ANSWERS.unsure : undefined;
        if (answer) items.push({ linkId, text: q.text, answer: [{ valueCoding: answer }] });
      } else if (q.kind === 'number') {
        const value = intake[q.field];
        if (typeof value === 'number') items.push({ linkId, text: q.text, answer: [{ valueInteger: value }] });
      } else if (q.kind === 'choice') {
        const days = intake.onsetDaysAgo;
        const option = q.options.find((o) => days !== undefined && o.min <= days && days <= o.max);
        if (option && days !== undefined) {
          const exact = option.exact
            ? [
                {
                  linkId: exactLinkId(option),
                  text: option.exact.text,
                  answer: [{ valueInteger: Math.round(days / option.exact.daysPerUnit) }],
                },
              ]
            : [];
          items.push({
            linkId,
            text: q.text,
            answer: [{ valueCoding: durationCoding(option), ...(exact.length > 0 ? { item: exact } : {}) }],
          });
        }
      } else if (intake.sex) {
        const option = q.options.find((o) => o.value === intake.sex);
        if (option) {
          items.push({
            linkId,
            text: q.text,
            answer: [{ valueCoding: { system: GENDER_SYSTEM, code: option.value, display: option.label } }],
          });
        }
      }
    }
    if (items.length > 0) groups.push({ linkId: g.id, text: g.title, item: items });
  }
  return groups;
}

function checkResources(check: CheckRecord, subject: Reference<Patient>, key: string) {
  const assessment = check.assessment as Assessment;
  const meta = versionTag(check.knowledgeVersion);
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: check.id,
    meta,
    questionnaire: `${QUESTIONNAIRE_URL}|${check.knowledgeVersion}`,
    status: 'completed',
    subject,
    authored: check.completedAt,
    item: responseItems(check.intake as IntakeLike),
  };
  const d = assessment.disposition;
  const impression: ClinicalImpression = {
    resourceType: 'ClinicalImpression',
    id: uuidFrom(`${key}/check/${check.id}/impression`),
    meta,
    extension: [
      { url: DISPOSITION_EXTENSION, valueCodeableConcept: concept(CODE_SYSTEM.disposition, d, DISPOSITION_DISPLAY[d]) },
    ],
    status: 'completed',
    code: concept(CODE_SYSTEM.check, 'back-pain-check', 'Unknot back pain check'),
    description: 'Outcome of a self-completed back pain check, judged by the Unknot rules of the tagged version.',
    subject,
    effectiveDateTime: check.completedAt,
    date: check.completedAt,
    investigation: [{ code: { text: 'Answers to the check' }, item: [{ reference: urn(check.id) }] }],
    summary:
      `${DISPOSITION_DISPLAY[d]}.` +
      (assessment.redFlags.length > 0
        ? ` Red flags: ${assessment.redFlags.map((f) => f.title).join('; ')}.`
        : ' No red flag raised.'),
    finding: [
      { itemCodeableConcept: { coding: [LOW_BACK_PAIN] } },
      ...assessment.redFlags.map((f) => ({
        itemCodeableConcept: concept(CODE_SYSTEM.redFlag, f.code, f.title),
        basis: `${DISPOSITION_DISPLAY[f.disposition]}. Answers: ${f.findings.map(findingLabel).join('; ') || 'none listed'}.`,
      })),
    ],
    note: assessment.reasons.filter((r) => r.level !== null).map((r) => ({ text: r.text })),
  };
  if (impression.note?.length === 0) delete impression.note;
  return { response, impression };
}

/** The whole account as one FHIR R4 collection Bundle. */
export function fhirBundle(data: AccountData, options: FhirExportOptions): Bundle {
  const key = options.accountKey;
  const patientId = uuidFrom(`${key}/patient`);
  const patient: Patient = {
    resourceType: 'Patient',
    id: patientId,
    ...(options.name ? { name: [{ text: options.name }] } : {}),
  };
  const subject: Reference<Patient> = { reference: urn(patientId) };
  const resources: Resource[] = [patient];
  for (const c of data.checkins) resources.push(checkinObservation(c, subject, key));
  for (const e of data.episodes) resources.push(episodeObservation(e, subject));
  const byVersion = new Map<string, { targets: Reference[]; last: string }>();
  for (const check of data.checks) {
    const { response, impression } = checkResources(check, subject, key);
    resources.push(response, impression);
    const v = byVersion.get(check.knowledgeVersion) ?? { targets: [], last: check.completedAt };
    v.targets.push({ reference: urn(response.id as string) }, { reference: urn(impression.id as string) });
    if (check.completedAt > v.last) v.last = check.completedAt;
    byVersion.set(check.knowledgeVersion, v);
  }
  for (const p of data.pegs) {
    const { response, observation } = pegResources(p, subject, key);
    resources.push(response, observation);
  }
  for (const [version, { targets, last }] of byVersion) {
    const deviceId = uuidFrom(`unknot/knowledge/${version}`);
    const device: Device = {
      resourceType: 'Device',
      id: deviceId,
      meta: versionTag(version),
      deviceName: [{ name: 'Unknot back pain check', type: 'manufacturer-name' }],
      version: [{ type: { text: 'Clinical knowledge version' }, value: version }],
    };
    const provenance: Provenance = {
      resourceType: 'Provenance',
      id: uuidFrom(`${key}/provenance/${version}`),
      meta: versionTag(version),
      target: targets,
      recorded: last,
      agent: [
        {
          type: concept('http://terminology.hl7.org/CodeSystem/provenance-participant-type', 'performer', 'Performer'),
          who: { reference: urn(deviceId), display: `Unknot knowledge ${version}` },
        },
      ],
    };
    resources.push(device, provenance);
  }
  const entry: BundleEntry[] = resources.map((resource) => ({ fullUrl: urn(resource.id as string), resource }));
  return {
    resourceType: 'Bundle',
    id: uuidFrom(`${key}/bundle/${options.exportedAt.toISOString()}`),
    type: 'collection',
    timestamp: options.exportedAt.toISOString(),
    entry,
  };
}
