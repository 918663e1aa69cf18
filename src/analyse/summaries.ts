import type { Release } from '../catalog/model.js';
import { formatBuild } from '../parse/build/build.js';
import type { Recommendation } from './recommend.js';
import type { MissingRelease, RecommendedRelease, ReleaseSummary } from './report.js';

export const summarizeRelease = (release: Release): ReleaseSummary => ({
  product: release.product.id,
  name: release.name,
  build: formatBuild(release.build),
  date: release.date,
  kb: release.kb,
  url: release.url,
  availability: release.availability,
});

export const summarizeRecommendation = ({ release, path, method, note }: Recommendation): RecommendedRelease => ({
  ...summarizeRelease(release),
  product: { id: release.product.id, name: release.product.name },
  path: path.map(summarizeRelease),
  method,
  note,
});

export const summarizeMissing = (release: Release): MissingRelease => ({ ...summarizeRelease(release), fixList: release.fixList });
