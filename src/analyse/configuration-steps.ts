import { cvesOf, noteOf, type Catalog } from '../catalog/model.js';
import { compareText } from '../shared/compare-text.js';
import { rankOf } from '../shared/severity.js';
import type { InstalledContents } from './exposure.js';
import type { StepToConfirm } from './report.js';

/**
 * The fixes the build certainly has whose protection also needs a step on the server (Extended
 * Protection switched on, a setting override left alone, Setup run with /PrepareDomain, ...), in
 * the product's own words where its step differs:
 * the build cannot show that the step was taken, so they stay on the list until the ignore file
 * says so. Known-exploited and most severe first.
 */
export function stepsToConfirm(catalog: Catalog, installed: InstalledContents): StepToConfirm[] {
  const steps: StepToConfirm[] = [];
  for (const id of installed.contents.fixes) {
    const fix = catalog.fixes.get(id);
    const step = fix?.configurationStep ? noteOf(fix, installed.product) : null;
    if (!fix || step === null) continue;
    steps.push({
      id: fix.id,
      kind: fix.kind,
      severity: fix.severity,
      cvss: fix.cvss,
      exploited: fix.exploited,
      summary: fix.summary,
      cves: cvesOf(fix, installed.product),
      step,
      url: fix.url,
    });
  }
  return steps.sort(
    (a, b) =>
      Number(b.exploited) - Number(a.exploited) || rankOf(b.severity) - rankOf(a.severity) || (b.cvss ?? -1) - (a.cvss ?? -1) || compareText(a.id, b.id),
  );
}
