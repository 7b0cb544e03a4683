import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { BadUserInputError } from '../shared/errors.js';
import { projectRoot } from '../shared/project-root.js';

// The reference data ships with the code (copied from shared/data): the seed loads it into
// the database, and token validation checks units against it without a database round trip.
const dataDir = path.join(projectRoot, 'src', 'domain', 'data');

const readCsv = <T>(file: string): T[] => parse(fs.readFileSync(path.join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });

export interface ProvinceRecord {
  code: string;
  name_bg: string;
  name_en: string;
}
export interface MunicipalityRecord {
  code: string;
  name: string;
  ekatte: string;
}

export const provinceRecords: readonly ProvinceRecord[] = readCsv<ProvinceRecord>('oblasts.csv');
export const municipalityRecords: readonly MunicipalityRecord[] = readCsv<MunicipalityRecord>('municipalities.csv');

export const provinceCodes: ReadonlySet<string> = new Set(provinceRecords.map((p) => p.code));
export const municipalityCodes: ReadonlySet<string> = new Set(municipalityRecords.map((m) => m.code));

/** The province of a municipality: the first three letters of its NSI code. */
export const provinceOfMunicipality = (municipalityCode: string): string => municipalityCode.slice(0, 3);

/** A municipality's row, as the seed writes it at every start (reference.seed.ts) and nothing else does. */
export interface MunicipalityRow {
  code: string;
  province: { code: string };
  nameBg: string;
  centreEkatte: string;
}
const municipalityRows: ReadonlyMap<string, MunicipalityRow> = new Map(
  municipalityRecords.map((m) => [m.code, { code: m.code, province: { code: provinceOfMunicipality(m.code) }, nameBg: m.name, centreEkatte: m.ekatte }]),
);
export const allMunicipalityRows = (): MunicipalityRow[] => [...municipalityRows.values()];

/**
 * The municipality a row refers to, from the reference data rather than a query: the table holds
 * exactly these rows. The read paths take an agreement's municipality from here (docs/read-paths.md):
 * joining it in the page's statement was a sixth of that statement's time in PostgreSQL.
 */
export const municipalityOf = (row: { municipality: { code: string } }): MunicipalityRow => municipalityRows.get(row.municipality.code)!;

/** Every code argument is checked the same way: BAD_USER_INPUT naming the field and what to query for the codes. */
export function assertProvinceCode(code: string, field = 'provinceCode'): string {
  if (!provinceCodes.has(code)) {
    throw new BadUserInputError(`${field}: Unknown province code '${code}'. Query provinces for the 28 codes (e.g. BLG, SOF).`, {
      messageBg: `${field}: непознат код на област '${code}'.`,
      details: { field },
    });
  }
  return code;
}

export function assertMunicipalityCode(code: string, field = 'municipalityCode'): string {
  if (!municipalityCodes.has(code)) {
    throw new BadUserInputError(`${field}: Unknown municipality code '${code}'. Query municipalities for the 265 codes (e.g. SOF46).`, {
      messageBg: `${field}: непознат код на община '${code}'.`,
      details: { field },
    });
  }
  return code;
}
