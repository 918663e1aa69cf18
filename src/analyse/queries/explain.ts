import { compareBuilds, formatBuild } from '../../parse/build/build.js';
import { fixKey, type Catalog, type Fix, type Release } from '../../catalog/model.js';
import { byPublication, replacementOf } from '../as-of.js';
import { recommendRelease } from '../recommend.js';
import { UsageError } from '../../shared/errors.js';
import { resolveRelease } from './resolve-release.js';
import { explainUnknownId, isFixIdShaped } from './unknown-ids.js';

export interface LineShipping {
  readonly product: string;
  readonly line: string;
  readonly shippedBy: readonly string[];
  readonly firstContaining: string;
}

export interface BuildVerdict {
  readonly text: string;
  readonly release: string;
  readonly state: 'contains' | 'uncertain' | 'missing';
  readonly how: string;
}

export interface FixExplanation {
  readonly subject: 'fix';
  readonly fix: Fix;
  readonly lines: readonly LineShipping[];
  readonly build: BuildVerdict | null;
}

export interface ReleaseExplanation {
  readonly subject: 'release';
  readonly release: {
    readonly name: string;
    readonly build: string;
    readonly date: string;
    readonly kind: string;
    readonly kb: string | null;
    readonly availability: string;
  };
  readonly exact: boolean;
  readonly product: string;
  readonly line: string;
  readonly base: string;
  readonly cumulative: boolean;
  readonly own: readonly string[];
  readonly contains: readonly string[];
  readonly uncertain: readonly string[];
  readonly replacedBy: string | null;
  readonly newerOnLine: readonly string[];
  readonly recommended: string | null;
}

export type Explanation = FixExplanation | ReleaseExplanation;

function howContained(catalog: Catalog, release: Release, id: string): string {
  if (release.publicFixIds.includes(id) || (release.kind === 'private' && release.fixIds.includes(id))) return `${release.name} ships it itself`;
  const { base } = release.line;
  if (catalog.contentsOf(base).fixes.has(id)) {
    if (base.publicFixIds.includes(id)) return `inherited from the base release ${base.name}, which ships it`;
    const shipper = [...release.product.releases].sort(byPublication).find((other) => other.publicFixIds.includes(id) && other.date < base.date);
    return `inherited through the base release ${base.name}, which carries everything published before it${shipper ? `, including ${shipper.name} (${shipper.date})` : ''}`;
  }
  const earlier = release.line.releases.find((other) => other.publicFixIds.includes(id) && compareBuilds(other.build, release.build) < 0);
  return `carried forward from ${earlier?.name ?? 'an earlier release'} on line ${release.line.name}`;
}

function buildVerdict(catalog: Catalog, buildText: string, ids: readonly string[], asOf: string): BuildVerdict {
  const { release } = resolveRelease(catalog, buildText, asOf);
  const contents = catalog.contentsOf(release);
  const present = ids.find((id) => contents.fixes.has(id));
  if (present) return { text: buildText, release: release.name, state: 'contains', how: howContained(catalog, release, present) };
  if (ids.some((id) => contents.uncertain.has(id))) {
    return {
      text: buildText,
      release: release.name,
      state: 'uncertain',
      how: `${release.name} does not carry the earlier updates of its line; the build cannot show whether they were installed`,
    };
  }
  return { text: buildText, release: release.name, state: 'missing', how: `no release up to ${release.name} on line ${release.line.name} contains it` };
}

function explainFix(catalog: Catalog, fix: Fix, ids: readonly string[], asOf: string, buildText: string | null): FixExplanation {
  const products = catalog.products.filter((product) => product.releases.some((release) => release.fixIds.some((id) => ids.includes(id))));
  const lines = products.flatMap((product) =>
    product.lines.flatMap((line) => {
      const visible = line.releases.filter((release) => release.date <= asOf);
      const first = visible.find((release) => ids.some((id) => catalog.contentsOf(release).fixes.has(id)));
      if (!first) return [];
      const shippedBy = visible.filter((release) => release.publicFixIds.some((id) => ids.includes(id))).map((release) => release.name);
      return [{ product: product.id, line: line.name, shippedBy, firstContaining: first.name }];
    }),
  );
  return { subject: 'fix', fix, lines, build: buildText === null ? null : buildVerdict(catalog, buildText, ids, asOf) };
}

function explainRelease(catalog: Catalog, text: string, asOf: string): ReleaseExplanation {
  const { release, exact } = resolveRelease(catalog, text, asOf);
  const contents = catalog.contentsOf(release);
  const name = (id: string): string => catalog.fixes.get(id)?.id ?? id;
  return {
    subject: 'release',
    release: {
      name: release.name,
      build: formatBuild(release.build),
      date: release.date,
      kind: release.kind,
      kb: release.kb,
      availability: release.availability,
    },
    exact,
    product: release.product.id,
    line: release.line.name,
    base: release.line.base.name,
    cumulative: release.cumulative,
    own: release.fixIds.map(name),
    contains: [...contents.fixes].map(name).sort(),
    uncertain: [...contents.uncertain].map(name).sort(),
    replacedBy: replacementOf(release, asOf)?.name ?? null,
    newerOnLine: release.line.releases.filter((other) => other.date <= asOf && compareBuilds(other.build, release.build) > 0).map((other) => other.name),
    recommended: recommendRelease(release.product, release.line, { asOf, target: 'supported', esu: false })?.release.name ?? null,
  };
}

/** The releases a KB article announces (a security update's KB often covers the same update for several CUs). */
function releasesWithKb(catalog: Catalog, kb: string): Release[] {
  const key = kb.toUpperCase();
  return catalog.products.flatMap((product) => product.releases.filter((release) => release.kb?.toUpperCase() === key));
}

/** A fix by its id (or a CVE a bulletin covers), a release by its KB, else a build or release name. */
export function explain(catalog: Catalog, subject: string, asOf: string, buildText: string | null): Explanation {
  const id = subject.trim();
  const ids = catalog.fixKeysFor(id);
  const fix = ids.length > 0 ? catalog.fixes.get(ids.includes(fixKey(id)) ? fixKey(id) : ids[0]!) : undefined;
  if (fix) return explainFix(catalog, fix, ids, asOf, buildText);
  const announced = releasesWithKb(catalog, id);
  if (announced.length === 1) return explainRelease(catalog, announced[0]!.name, asOf);
  if (announced.length > 1) {
    const names = announced.map((release) => release.name);
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    throw new UsageError(`${id.toUpperCase()} announces ${names.length} releases (${shown}); explain one of them by name or build`);
  }
  if (isFixIdShaped(id)) throw explainUnknownId(catalog, id);
  return explainRelease(catalog, subject, asOf);
}
