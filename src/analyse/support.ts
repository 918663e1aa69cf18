import type { EsuPeriod, Line, Product } from '../catalog/model.js';

export interface SupportState {
  readonly supported: boolean;
  readonly end: string | null;
}

const within = (asOf: string, start: string, end: string | null): boolean => start <= asOf && (end === null || asOf <= end);

export const productExists = (product: Product, asOf: string): boolean => product.lines.some((line) => line.base.date <= asOf);

export function productSupport(product: Product, asOf: string): SupportState {
  const start = product.lines[0]!.base.date;
  return { supported: within(asOf, start, product.supportEnd), end: product.supportEnd };
}

export function lineSupport(line: Line, asOf: string): SupportState {
  const end = earliest(line.supportEnd, line.product.supportEnd);
  return { supported: within(asOf, line.base.date, end), end };
}

/** The Extended Security Update period of a product that covers a date, if any. */
export const esuPeriodOn = (product: Product, asOf: string): EsuPeriod | null =>
  product.esuPeriods.find((period) => within(asOf, period.from, period.to)) ?? null;

/** Whether the line gets updates under the Extended Security Update programme. */
export const servicedByEsu = (line: Line): boolean => line.releases.some((release) => release.availability === 'esu');

/** A line a server can stay on: supported, or (for an enrolled organisation) serviced by an ESU period covering the date. */
export const lineCovered = (line: Line, asOf: string, esu: boolean): boolean =>
  lineSupport(line, asOf).supported || (esu && servicedByEsu(line) && esuPeriodOn(line.product, asOf) !== null);

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
