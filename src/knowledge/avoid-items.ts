// One avoid item for every avoid code (codes.ts AVOID_CODES). Contract §5 decides when each one
// appears; `myth` links to the myth-vs-evidence note (myths.ts, reference §4) that it answers.
import type { AvoidItem } from './schema.ts';

export const AVOID_ITEMS: readonly AvoidItem[] = [
  {
    // Reference §3 "Bed rest" and §4 row 1 [V]. Answers seed-001 ("stop and rest") and seed-002
    // ("plentiful rest").
    code: 'bed_rest',
    title: 'Staying in bed',
    why: 'Lying in bed for days does not help a back spasm heal. People who keep active tend to have a little less pain and cope better than those who rest in bed, while long rest lets muscles stiffen and weaken. Short rests in a comfortable position are fine.',
    myth: 'myth/bed-rest',
    sources: [
      'cochrane-bed-rest-2010',
      'nice-ng59',
      'oliveira-2018-guidelines',
      'lancet-2018-treatment',
      'seed-001',
      'seed-002',
    ],
    evidence: 'verified',
  },
  {
    // Reference §3 "Paracetamol" and §4 row 7: PACE median 17 vs 16 days [V]; Cochrane 2016 [V];
    // NICE: do not offer paracetamol alone [V]. Answers seed-001 (acetaminophen for spasm).
    code: 'paracetamol_alone',
    title: 'Relying on paracetamol on its own',
    why: 'In a large trial, people who took paracetamol recovered no faster than people on dummy tablets (a median of 17 days compared with 16), and a review of the research agrees. Guidelines advise against paracetamol on its own for back pain.',
    myth: 'myth/paracetamol',
    sources: ['pace-trial-2014', 'cochrane-paracetamol-2016', 'nice-ng59', 'chou-2017-acp-drugs', 'seed-001'],
    evidence: 'verified',
  },
  {
    // Reference §4 row 2: stopping some medicines suddenly is dangerous [S]; contact the
    // prescriber or pharmacist instead. Answers seed-004 ("discontinue use immediately").
    code: 'stop_medicine_alone',
    title: 'Stopping a prescribed medicine on your own',
    why: 'If you think a medicine is causing your spasms, talk to your prescriber or a pharmacist before stopping it. Some medicines, such as certain heart, anxiety, sleep or nerve-pain medicines, can cause serious problems if stopped suddenly, and they can help you change safely.',
    myth: 'myth/stop-medicine-immediately',
    sources: ['stopping-medication-advice', 'nhs-statins', 'nice-ng59-sciatica-2020', 'seed-004'],
    evidence: 'secondary',
  },
  {
    // Reference §3 "Hot fomentation" and §4 row 6: trials used about 40 °C [V]; skin burns with
    // long contact at 44 °C, and faster as it gets hotter [S]. Answers seed-001 (45 °C towels).
    code: 'hot_over_40c',
    title: 'Very hot packs or towels (over 40 °C)',
    why: 'The heat wraps tested in research were kept at about 40 °C. Skin can burn with long contact at around 44 °C, and the hotter it is the sooner a burn happens, so towels or water at 45 °C are a real risk, especially if you fall asleep or have numb skin.',
    myth: 'myth/hot-fomentation-45c',
    sources: ['low-temperature-burns', 'nadler-heat-wrap', 'cochrane-heat-cold-2006', 'seed-001'],
    evidence: 'secondary',
  },
  {
    // Reference §3 "Imaging" and §4 row 11: no routine imaging [V]; overuse is low-value care
    // that causes harm [V]. Answers seed-001 and seed-002 (X-ray, CT, MRI as a work-up).
    code: 'routine_imaging',
    title: 'Asking for a scan or X-ray just to check',
    why: 'Scans rarely change what helps an ordinary back spasm. They often find harmless changes that lead to worry and to more tests or treatment you do not need. A doctor will arrange a scan if they suspect something serious.',
    myth: 'myth/routine-imaging',
    sources: ['nice-ng59', 'lancet-2018-treatment', 'oliveira-2018-guidelines', 'seed-001', 'seed-002'],
    evidence: 'verified',
  },
  {
    // Contract §5: shown when an oral NSAID is ruled out; the engine adds the exact reason
    // (the matching contraindication in medicines.ts, medicine/ibuprofen).
    code: 'nsaid_oral',
    title: 'Anti-inflammatory tablets such as ibuprofen',
    why: 'Anti-inflammatory tablets such as ibuprofen or naproxen are not safe for you to take on your own, given your answers. The reason that applies to you is shown with this advice. A pharmacist or doctor can suggest other ways to ease the pain.',
    sources: ['nhs-ibuprofen', 'fda-nsaids-pregnancy-2020', 'nice-ng59'],
    evidence: 'secondary',
  },
];
