import { describe, expect, it } from 'vitest';
import { analyzeProbe, probedBuildString, releaseAtCuLevel } from '../../src/analyse/analyze-probe.js';
import type { BuildClaim } from '../../src/parse/probe/build-claim.js';
import type { ProbeSuccess } from '../../src/parse/probe/probe-result.js';
import { analyze, embeddedCatalog } from '../support/helpers.js';

const AS_OF = '2026-11-24';

function probed(build: string, proves: 'exact' | 'cu-level'): ProbeSuccess {
  const parts = build.split('.').map(Number);
  const claim: BuildClaim = {
    endpoint: proves === 'exact' ? 'owa' : 'owa-logon',
    source: proves === 'exact' ? 'x-owa-version' : 'static-file-paths',
    proves,
    parts,
    build,
  };
  return {
    ok: true,
    input: 'https://mail.contoso.com',
    origin: 'https://mail.contoso.com',
    tls: { verified: true, roots: ['bundled'] },
    endpoints: [
      { endpoint: claim.endpoint, url: 'https://mail.contoso.com/owa/', redirects: [], status: 200, failure: null, revealed: [claim], markers: [], note: 'n' },
    ],
    build,
    parts,
    proves,
    basis: [claim],
  };
}

describe('analysing the build a probe read', () => {
  it('analyses an exact build exactly as the pasted build, with where it came from and the evidence', async () => {
    const catalog = await embeddedCatalog();
    const report = analyzeProbe(catalog, probed('15.2.1544.14', 'exact'), { asOf: AS_OF, target: 'supported' });
    const pasted = analyze(catalog, '15.2.1544.14', AS_OF);
    expect({ ...report, input: null }).toEqual({ ...pasted, input: null });
    expect(report.input).toMatchObject({
      text: '15.2.1544.14',
      form: 'dotted',
      source: 'probed https://mail.contoso.com: build 15.2.1544.14 from the X-OWA-Version header',
      probe: { target: 'https://mail.contoso.com', build: '15.2.1544.14', proves: 'exact', tls: { verified: true } },
    });
    expect(report.input.probe!.endpoints[0]!.revealed).toEqual([{ source: 'x-owa-version', proves: 'exact', build: '15.2.1544.14' }]);
  });

  it('analyses a CU level as CU-level input, exactly like the AdminDisplayVersion of that CU', async () => {
    const catalog = await embeddedCatalog();
    const report = analyzeProbe(catalog, probed('15.2.1544', 'cu-level'), { asOf: AS_OF, target: 'supported' });
    const adminDisplayVersion = analyze(catalog, 'Version 15.2 (Build 1544.4)', AS_OF);
    expect(report.confidence).toBe('cu-level');
    expect({ ...report, input: null }).toEqual({ ...adminDisplayVersion, input: null });
    expect(report.input.text).toBe('15.2.1544.4');
    expect(report.warnings.map((warning) => warning.code)).toContain('security-update-level-unknown');
    expect(report.warnings.find((warning) => warning.code === 'security-update-level-unknown')!.message).toContain("OWA sign-in page's static-file paths");
  });

  it("takes the CU's own release, never a made-up x.y.z.0 that the catalog would place below the CU", async () => {
    const catalog = await embeddedCatalog();
    expect(probedBuildString(catalog, probed('15.2.1544', 'cu-level'))).toBe('15.2.1544.4');
    const belowTheCu = analyzeProbe(catalog, probed('15.2.1544', 'cu-level'), { asOf: AS_OF, target: 'supported' });
    expect(belowTheCu.installed).toMatchObject({ line: 'CU14', match: 'exact' });
  });

  it('takes the lowest release at a level that starts no line (an Exchange 2010 rollup), whose line base is then the floor', async () => {
    const catalog = await embeddedCatalog();
    const rollup = catalog.products.flatMap((product) => product.releases).find((release) => release.name === 'Exchange 2010 SP3 RU32');
    expect(rollup).toBeDefined();
    const level = (rollup!.build as readonly number[]).slice(0, 3);
    expect(releaseAtCuLevel(catalog, level)).toBe(rollup);
    const report = analyzeProbe(catalog, probed(level.join('.'), 'cu-level'), { asOf: AS_OF, target: 'supported' });
    expect(report).toMatchObject({ confidence: 'cu-level', installed: { name: 'Exchange 2010 SP3 RU32' } });
  });

  it('analyses a CU level the catalog does not list as x.y.z.0, for identification to place or refuse', async () => {
    const catalog = await embeddedCatalog();
    expect(releaseAtCuLevel(catalog, [15, 2, 9999])).toBeNull();
    const report = analyzeProbe(catalog, probed('15.2.9999', 'cu-level'), { asOf: AS_OF, target: 'supported' });
    expect(report).toMatchObject({ build: '15.2.9999.0', confidence: 'cu-level', status: 'ahead', installed: { match: 'newer' } });
  });
});
