import type { Line, Product } from '../catalog/model.js';

export interface SupportState {
  readonly supported: boolean;
  readonly end: string | null;
}

export function productSupport(product: Product, asOf: string): SupportState {
  return { supported: product.supportEnd === null || asOf <= product.supportEnd, end: product.supportEnd };
}

export function lineSupport(line: Line, asOf: string): SupportState {
  const end = earliest(line.supportEnd, line.product.supportEnd);
  return { supported: line.base.date <= asOf && (end === null || asOf <= end), end };
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
