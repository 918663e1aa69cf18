import type { CatalogDocument, LineNameDocument, ProductDocument, ReleaseKind } from '../document.js';

/** Names as sources write them, compared without case and with single spaces. */
export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export interface ProductMatch {
  /** Every product that has the longest alias matching the name (several when an alias is shared). */
  readonly products: readonly ProductDocument[];
  /** The words after the alias, e.g. "Cumulative Update 15". */
  readonly rest: string;
}

export interface Naming {
  /** The products a source's product name starts with, by whole words; null when no alias matches. */
  readonly matchProduct: (name: string) => ProductMatch | null;
  /** The line a source's line words name for a product, by its lineNames and then the catalog's. */
  readonly lineOf: (product: ProductDocument, rest: string) => string | null;
  /** A release's kind from its name, by naming.releaseKinds. */
  readonly kindOf: (releaseName: string) => ReleaseKind | null;
  /** For a re-release's name: the original's name stem and the re-release's number. */
  readonly reReleaseOf: (releaseName: string) => { readonly stem: string; readonly number: number } | null;
}

/** A pattern from the catalog, or why it is not a regular expression. */
export function compilePattern(pattern: string): RegExp | string {
  try {
    return new RegExp(pattern, 'i');
  } catch (error) {
    return (error as Error).message;
  }
}

const compiled = (pattern: string): RegExp | null => {
  const result = compilePattern(pattern);
  return typeof result === 'string' ? null : result;
};

function lineMatcher(names: readonly LineNameDocument[] | undefined): (rest: string) => string | null {
  const rules = (names ?? []).flatMap(({ pattern, line }) => {
    const expression = compiled(pattern);
    return expression === null ? [] : [{ expression, line }];
  });
  return (rest) => {
    for (const { expression, line } of rules) {
      const match = expression.exec(rest);
      if (match) return line.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '');
    }
    return null;
  };
}

/** The naming rules of a catalog: its products' aliases and lineNames and its `naming` section. */
export function namingOf(document: CatalogDocument): Naming {
  const aliases = new Map<string, ProductDocument[]>();
  for (const product of document.products) {
    for (const alias of product.aliases ?? []) {
      const key = nameKey(alias);
      const list = aliases.get(key) ?? [];
      if (!list.includes(product)) list.push(product);
      aliases.set(key, list);
    }
  }
  const byLength = [...aliases.keys()].sort((a, b) => b.length - a.length);
  const catalogLines = lineMatcher(document.naming?.lines);
  const productLines = new Map(document.products.map((product) => [product, lineMatcher(product.lineNames)]));
  const kinds = (document.naming?.releaseKinds ?? []).flatMap(({ pattern, kind }) => {
    const expression = compiled(pattern);
    return expression === null ? [] : [{ expression, kind }];
  });
  const reRelease = document.naming?.reRelease === undefined ? null : compiled(document.naming.reRelease);
  return {
    matchProduct: (name) => {
      const key = nameKey(name);
      const alias = byLength.find((candidate) => key === candidate || key.startsWith(`${candidate} `));
      return alias === undefined ? null : { products: aliases.get(alias)!, rest: name.trim().replace(/\s+/g, ' ').slice(alias.length).trim() };
    },
    lineOf: (product, rest) => (rest === '' ? null : (productLines.get(product)?.(rest) ?? catalogLines(rest))),
    kindOf: (releaseName) => kinds.find(({ expression }) => expression.test(releaseName))?.kind ?? null,
    reReleaseOf: (releaseName) => {
      const match = reRelease?.exec(releaseName);
      const number = Number(match?.[2]);
      return match && match[1] && Number.isInteger(number) && number >= 2 ? { stem: match[1], number } : null;
    },
  };
}
