import type { Line, Product } from '../catalog/model.js';

export interface SupportState {
  readonly supported: boolean;
  readonly end: string | null;
}

const within = (asOf: string, start: string, end: string | null): boolean => start <= asOf && (end === null || asOf <= end);

export function productSupport(product: Product, asOf: string): SupportState {
  const start = product.lines[0]!.base.date;
  return { supported: within(asOf, start, product.supportEnd), end: product.supportEnd };
}

export function lineSupport(line: Line, asOf: string): SupportState {
  const end = earliest(line.supportEnd, line.product.supportEnd);
  return { supported: within(asOf, line.base.date, end), end };
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
