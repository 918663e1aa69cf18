import type { CatalogSource } from '../catalog/model.js';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface RenderOptions {
  readonly colorLevel: ColorLevel;
  readonly header: boolean;
  readonly tool: { readonly name: string; readonly version: string };
  readonly catalog: CatalogSource;
  readonly catalogs: readonly CatalogSource[];
}
