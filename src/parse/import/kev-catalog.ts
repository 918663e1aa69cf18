import { CVE_ID } from './cve-record.js';
import { DATE_PREFIX, datePart, JsonReader, type InputProblem } from './json-reader.js';

/** One entry of CISA's Known Exploited Vulnerabilities catalog. */
export interface KevEntry {
  readonly cveId: string;
  readonly vendorProject: string;
  readonly product: string;
  readonly dateAdded: string;
  readonly dueDate: string | null;
  readonly ransomware: string | null;
  readonly pointer: string;
}

export interface KevCatalog {
  readonly file: string;
  /** The catalog's dateReleased as a date: the day it speaks for. */
  readonly released: string | null;
  readonly entries: readonly KevEntry[];
}

/** Whether parsed JSON looks like a KEV catalog rather than a CVE record. */
export const isKevCatalog = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'vulnerabilities' in value && !('cveMetadata' in value);

/** Reads `known_exploited_vulnerabilities.json`; every value of the wrong type is a problem with its JSON pointer. */
export function parseKevCatalog(value: unknown, file: string): { readonly catalog: KevCatalog | null; readonly problems: readonly InputProblem[] } {
  const read = new JsonReader(file);
  const root = read.object(value, [], true);
  if (root === null) return { catalog: null, problems: read.problems };
  const released = datePart(read.matching(root.dateReleased, ['dateReleased'], DATE_PREFIX, 'a date and time'));
  const entries = read.objects(root.vulnerabilities, ['vulnerabilities'], true).flatMap(({ item, path }) => {
    const cveId = read.matching(item.cveID, [...path, 'cveID'], CVE_ID, 'a CVE id such as CVE-2021-26855', true);
    const vendorProject = read.string(item.vendorProject, [...path, 'vendorProject'], true);
    const product = read.string(item.product, [...path, 'product'], true);
    const dateAdded = read.matching(item.dateAdded, [...path, 'dateAdded'], DATE_PREFIX, 'a date as YYYY-MM-DD', true);
    const dueDate = read.matching(item.dueDate, [...path, 'dueDate'], DATE_PREFIX, 'a date as YYYY-MM-DD');
    const ransomware = read.string(item.knownRansomwareCampaignUse, [...path, 'knownRansomwareCampaignUse']);
    if (cveId === null || vendorProject === null || product === null || dateAdded === null) return [];
    return [{ cveId, vendorProject, product, dateAdded: datePart(dateAdded)!, dueDate: datePart(dueDate), ransomware, pointer: `/vulnerabilities/${path[1]}` }];
  });
  return read.problems.length > 0 ? { catalog: null, problems: read.problems } : { catalog: { file, released, entries }, problems: [] };
}
