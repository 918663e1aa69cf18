import { BuildStringError } from '../../shared/errors.js';
import { BUILD_TEXT_FORMS } from '../build-text/reading.js';
import { formatBuild, tryParseDottedBuild, type DottedBuild } from './build.js';

/** How an analysed build string was read: a form of build text, a release name, or a semantic version. */
export const BUILD_STRING_FORMS = [...BUILD_TEXT_FORMS, 'release-name', 'semver'] as const;
export type BuildStringForm = (typeof BUILD_STRING_FORMS)[number];

/** The forms the strict single-build parser reads. */
export type StrictBuildForm = Extract<BuildStringForm, 'dotted' | 'admin-display-version' | 'file-version-list' | 'file-version-table' | 'system-version'>;

/**
 * One build in one of the classic forms, read strictly: the whole text must be the build. The product reads
 * build text with readBuildText (parse/build-text/), which accepts far more; this stays for callers that
 * need a yes or no on a single value (the plain `lines` host-list format, the library).
 */
export interface ParsedBuildString {
  readonly build: DottedBuild;
  readonly form: StrictBuildForm;
}

export const ACCEPTED_FORMS_HINT =
  'expected a 4-part build such as 15.2.1118.7, "Version 15.2 (Build 1118.7)", ' +
  'ExSetup.exe FileVersion/ProductVersion output, or a release name from the catalog';

const ADMIN_DISPLAY_VERSION = /^version\s+(\d{1,10})\.(\d{1,10})\s+\(build\s+(\d{1,10})\.(\d{1,10})\)$/i;
const LIST_LINE = /^(FileVersion|ProductVersion|FileVersionRaw|ProductVersionRaw|AdminDisplayVersion)\s*:\s*(.*)$/i;
const VERSION_COLUMNS = new Set(['fileversion', 'productversion', 'fileversionraw', 'productversionraw']);
const DASHES = /^[-\s]+$/;
const isForbiddenControl = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\n' && char !== '\r') || (code >= 0x7f && code <= 0x9f);
};

export function normalizeBuildString(text: string): string {
  let trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.endsWith('.')) trimmed = trimmed.slice(0, -1).trimEnd();
  return trimmed;
}

function describeInput(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(shown);
}

const BUILDS_SHOWN = 3;

/** Two builds by name, or a few of many and how many more. */
function describeConflict(builds: readonly string[]): string {
  if (builds.length === 2) return `two different builds (${builds.join(' and ')})`;
  const more = builds.length - BUILDS_SHOWN;
  return `${builds.length} different builds (${builds.slice(0, BUILDS_SHOWN).join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}

export function parseBuildString(text: string): ParsedBuildString {
  const normalized = normalizeBuildString(text);
  if ([...normalized].some(isForbiddenControl)) {
    throw new BuildStringError(`build string ${describeInput(text)} contains a control character; ${ACCEPTED_FORMS_HINT}`);
  }
  const lines = normalized
    .split(/\r?\n|\r/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
  const parsed = lines.length === 1 ? parseSingleLine(lines[0]!.trim()) : parsePowerShellOutput(lines);
  if (parsed === null) {
    throw new BuildStringError(`cannot read build string ${describeInput(text)}: ${ACCEPTED_FORMS_HINT}`);
  }
  if ('conflict' in parsed) {
    throw new BuildStringError(`build string ${describeInput(text)} holds ${describeConflict(parsed.conflict.map(formatBuild))}; ${ACCEPTED_FORMS_HINT}`);
  }
  return parsed;
}

export function tryParseBuildString(text: string): ParsedBuildString | null {
  try {
    return parseBuildString(text);
  } catch (error) {
    if (error instanceof BuildStringError) return null;
    throw error;
  }
}

type LineResult = ParsedBuildString | { readonly conflict: readonly DottedBuild[] } | null;

interface FoundVersion {
  readonly text: string;
  readonly form: StrictBuildForm;
}

function adminDisplayVersionBuild(text: string): string | null {
  const match = ADMIN_DISPLAY_VERSION.exec(text.trim());
  return match ? match.slice(1).join('.') : null;
}

function parseSingleLine(line: string): LineResult {
  const dotted = tryParseDottedBuild(line);
  if (dotted) return { build: dotted, form: 'dotted' };
  const admin = adminDisplayVersionBuild(line);
  if (admin !== null) {
    const build = tryParseDottedBuild(admin);
    return build ? { build, form: 'admin-display-version' } : null;
  }
  return parsePowerShellOutput([line]);
}

function parsePowerShellOutput(lines: readonly string[]): LineResult {
  const found = lines.every((line) => /^\s*\w+\s*:/.test(line)) ? listValues(lines) : tableValues(lines);
  if (found === null || found.length === 0) return null;
  const builds = found.map((version) => tryParseDottedBuild(version.text));
  if (builds.some((build) => build === null)) return null;
  const distinct = uniqueBuilds(builds as DottedBuild[]);
  if (distinct.length > 1) return { conflict: distinct };
  return { build: distinct[0]!, form: found.find((version) => version.form !== 'admin-display-version')?.form ?? 'admin-display-version' };
}

function listValues(lines: readonly string[]): FoundVersion[] | null {
  const found: FoundVersion[] = [];
  for (const line of lines) {
    const match = LIST_LINE.exec(line.trim());
    if (!match) continue;
    if (match[1]!.toLowerCase() !== 'admindisplayversion') {
      found.push({ text: match[2]!, form: 'file-version-list' });
      continue;
    }
    const build = adminDisplayVersionBuild(match[2]!);
    if (build === null) return null;
    found.push({ text: build, form: 'admin-display-version' });
  }
  return found;
}

function tableValues(lines: readonly string[]): FoundVersion[] | null {
  const [header, dashes, ...rows] = lines;
  if (header === undefined || dashes === undefined || !DASHES.test(dashes) || rows.length !== 1) return null;
  const row = rows[0]!;
  if (header.trim().split(/\s+/).join(' ').toLowerCase() === 'major minor build revision') {
    const parts = row.trim().split(/\s+/);
    return parts.length === 4 ? [{ text: parts.join('.'), form: 'system-version' }] : null;
  }
  const starts = [...header.matchAll(/\S+/g)].filter((column) => VERSION_COLUMNS.has(column[0].toLowerCase()));
  if (starts.length === 0) return null;
  return starts.map((column) => ({ text: /^\S*/.exec(row.slice(column.index))![0], form: 'file-version-table' }));
}

function uniqueBuilds(builds: readonly DottedBuild[]): DottedBuild[] {
  const seen = new Map<string, DottedBuild>();
  for (const build of builds) seen.set(formatBuild(build), build);
  return [...seen.values()];
}
