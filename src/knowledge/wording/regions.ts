// Emergency numbers and care routes by region. Until a region is chosen, screens show every
// region's emergency number.
import type { SourceId } from '../schema.ts';

export type RegionId = 'uk' | 'eu' | 'us' | 'other';

export type Region = {
  readonly id: RegionId;
  readonly name: string;
  /** The number to dial in an emergency, and how to say it on a button. */
  readonly emergency: { readonly number: string; readonly label: string };
  /** Same-day help that is not the emergency number. */
  readonly sameDay: string;
  /** Where to book a doctor within days. */
  readonly doctor: string;
  /** Countries (ISO 3166-1 alpha-2) whose browser locale suggests this region. */
  readonly countries: readonly string[];
  readonly sources: readonly SourceId[];
};

export const REGIONS: readonly Region[] = [
  {
    id: 'uk',
    name: 'UK',
    emergency: { number: '999', label: 'Call 999 (UK)' },
    sameDay: 'your GP surgery, an urgent treatment centre, or NHS 111 (call 111 or go to 111.nhs.uk)',
    doctor: 'your GP surgery or a physiotherapist',
    countries: ['GB', 'IM', 'JE', 'GG'],
    sources: ['nhs-back-pain', 'nhs-heart-attack'],
  },
  {
    id: 'eu',
    name: 'Europe',
    emergency: { number: '112', label: 'Call 112 (Europe)' },
    sameDay: 'your family doctor or the local out-of-hours doctor service',
    doctor: 'your family doctor or a physiotherapist',
    // The EU, EEA and Switzerland, where 112 reaches the emergency services.
    countries: [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
      'IS',
      'LI',
      'NO',
      'CH',
    ],
    sources: ['unknot-clinical-reference'],
  },
  {
    id: 'us',
    name: 'US',
    emergency: { number: '911', label: 'Call 911 (US)' },
    sameDay: 'your doctor’s office or an urgent care center',
    doctor: 'your doctor or a physical therapist',
    countries: ['US', 'PR', 'GU', 'VI', 'AS', 'MP'],
    sources: ['unknot-clinical-reference'],
  },
  {
    id: 'other',
    name: 'Elsewhere',
    emergency: { number: '112', label: 'Call 112 or your local emergency number' },
    sameDay: 'a doctor or clinic that can see you today',
    doctor: 'a doctor or physiotherapist',
    countries: [],
    sources: ['unknot-clinical-reference'],
  },
];

/** The regions whose numbers are shown when no region is known (each number once). */
export const DEFAULT_EMERGENCY_REGIONS: readonly RegionId[] = ['uk', 'eu', 'us'];

/** What to do besides calling, on every emergency screen. */
export const EMERGENCY_ACTION_TEXT =
  'Or go to the nearest emergency department now. Do not drive yourself: ask someone to take you, or call an ambulance.';
