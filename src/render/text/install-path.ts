import type { RecommendedRelease, ReleaseSummary } from '../../analyse/report.js';

const withKb = (release: ReleaseSummary, label = release.name): string => (release.kb ? `${label} (${release.kb})` : label);

/** Each step named as short as its predecessor allows: "Exchange 2019 CU15 (KB…), then Aug26SU (KB…)". */
export function describeInstallPath(path: readonly ReleaseSummary[]): string {
  return path
    .map((step, index) => {
      const previous = path[index - 1];
      const label = previous && step.name.startsWith(`${previous.name} `) ? step.name.slice(previous.name.length + 1) : step.name;
      return withKb(step, label);
    })
    .join(', then ');
}

/** How to reach the recommended release: updates, or the move to the successor product by its upgrade method. */
export function describeRoute(recommended: RecommendedRelease): string {
  const { path, method } = recommended;
  if (method === 'update') return `install ${describeInstallPath(path)}`;
  const before = path.filter((step) => step.product !== recommended.product.id);
  const onward = describeInstallPath(path.filter((step) => step.product === recommended.product.id));
  switch (method) {
    case 'in-place':
      return `${before.length > 0 ? `install ${describeInstallPath(before)}, then ` : ''}upgrade in place to ${onward}`;
    case 'side-by-side':
      return `install ${onward} on new servers, move mailboxes and services to them, then remove the old servers`;
    case 'after-removal':
      return `move everything off the old servers and remove them, then install ${onward}`;
  }
}
