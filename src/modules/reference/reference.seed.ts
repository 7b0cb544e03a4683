import type { EntityManager } from '@mikro-orm/postgresql';
import { Institution } from './institution.entity.js';
import { InstitutionKind } from '../../domain/institutions.js';
import { Municipality } from './municipality.entity.js';
import { Province } from './province.entity.js';
import { allMunicipalityRows, provinceRecords } from '../../domain/reference-data.js';

const NATIONAL_BODIES: Record<string, { bg: string; en: string }> = {
  SAR: { bg: 'Държавна агенция за бежанците при Министерския съвет', en: 'State Agency for Refugees with the Council of Ministers' },
  DANS: { bg: 'Държавна агенция „Национална сигурност“', en: 'State Agency for National Security' },
  DAZD: { bg: 'Държавна агенция за закрила на детето', en: 'State Agency for Child Protection' },
  MVR: { bg: 'Министерство на вътрешните работи', en: 'Ministry of Interior' },
  ASP: { bg: 'Агенция за социално подпомагане', en: 'Social Assistance Agency' },
  AZ: { bg: 'Агенция по заетостта', en: 'Employment Agency' },
  MON: { bg: 'Министерство на образованието и науката', en: 'Ministry of Education and Science' },
  NSORB: { bg: 'Национално сдружение на общините в Република България', en: 'National Association of Municipalities in the Republic of Bulgaria' },
  NKBTH: { bg: 'Национална комисия за борба с трафика на хора', en: 'National Commission for Combating Trafficking in Human Beings' },
  COORDINATOR: {
    bg: 'Заместник министър-председател и администрация на Министерския съвет',
    en: 'Deputy Prime Minister and the Council of Ministers administration',
  },
};

/**
 * The international organisations the Action Plan names (IOM in AP I.7.2 and, for age assessment,
 * I.21; UNHCR, UNICEF and IOM in AP II.9): they take part in a child's case by referral only. An NGO's code is `NGO-<organisation id>`, the id of its tokens' unit.
 */
const PARTNER_ORGANISATIONS: Record<string, { bg: string; en: string }> = {
  iom: { bg: 'Международна организация по миграция (МОМ)', en: 'International Organization for Migration (IOM)' },
  unhcr: { bg: 'Върховен комисариат на ООН за бежанците (ВКБООН)', en: 'UN High Commissioner for Refugees (UNHCR)' },
  unicef: { bg: 'Детски фонд на ООН (УНИЦЕФ)', en: 'United Nations Children’s Fund (UNICEF)' },
};

const PROVINCIAL_BODIES: Record<string, { bg: (name: string) => string; en: (name: string) => string }> = {
  RZI: { bg: (n) => `Регионална здравна инспекция – ${n}`, en: (n) => `Regional Health Inspectorate – ${n}` },
  RZOK: { bg: (n) => `Районна здравноосигурителна каса – ${n}`, en: (n) => `Regional Health Insurance Fund – ${n}` },
  GOVERNOR: { bg: (n) => `Областен управител на област ${n}`, en: (n) => `Regional Governor – ${n}` },
};

/** The institutions, derived from the reference data: 10 national, 3 × 28 provincial, 265 municipal, 3 partner organisations. */
function institutionRows() {
  const rows: { code: string; kind: InstitutionKind; nameBg: string; nameEn?: string; province?: string; municipality?: string }[] = [];
  for (const [kind, name] of Object.entries(NATIONAL_BODIES)) {
    rows.push({ code: kind, kind: kind as InstitutionKind, nameBg: name.bg, nameEn: name.en, province: undefined, municipality: undefined });
  }
  for (const p of provinceRecords) {
    for (const [kind, name] of Object.entries(PROVINCIAL_BODIES)) {
      rows.push({ code: `${kind}-${p.code}`, kind: kind as InstitutionKind, nameBg: name.bg(p.name_bg), nameEn: name.en(p.name_en), province: p.code });
    }
  }
  for (const [id, name] of Object.entries(PARTNER_ORGANISATIONS)) {
    rows.push({ code: `NGO-${id}`, kind: InstitutionKind.NGO, nameBg: name.bg, nameEn: name.en, province: undefined, municipality: undefined });
  }
  for (const m of allMunicipalityRows()) {
    rows.push({
      code: `MUNICIPALITY-${m.code}`,
      kind: InstitutionKind.MUNICIPALITY,
      nameBg: `Община ${m.nameBg}`,
      province: m.province.code,
      municipality: m.code,
    });
  }
  return rows;
}

/** Loads the reference data; idempotent (upserts by code), so it runs at every start. */
export async function seedReferenceData(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.upsertMany(
      Province,
      provinceRecords.map((p) => ({ code: p.code, nameBg: p.name_bg, nameEn: p.name_en })),
    );
    await tx.upsertMany(
      Municipality,
      allMunicipalityRows().map((m) => ({ ...m, province: m.province.code })),
    );
    await tx.upsertMany(Institution, institutionRows());
  });
}
