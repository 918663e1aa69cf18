import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExportToolManifest } from '../../../src/parse/probe/read-export-tool-manifest.js';
import { fixturePath } from '../../support/helpers.js';

const FIXTURE = readFileSync(fixturePath('probe/exporttool.application'), 'utf8');

describe('reading the export tool manifest', () => {
  it('takes the exact build from the deployment assemblyIdentity', () => {
    expect(readExportToolManifest(FIXTURE.replaceAll('{{VERSION}}', '15.2.1544.14'))).toEqual({
      claims: [{ source: 'export-tool-manifest', proves: 'exact', parts: [15, 2, 1544, 14], build: '15.2.1544.14' }],
      note: 'assemblyIdentity version 15.2.1544.14',
      markers: ['Exchange export tool manifest'],
    });
  });

  it('reads the root identity, not a dependency, whatever the attribute order, quotes or prefix', () => {
    const manifest = `<assembly xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependency><dependentAssembly><assemblyIdentity version="1.0.0.0" name="microsoft.exchange.other"/></dependentAssembly></dependency>
      <asmv1:assemblyIdentity version='15.1.2507.39' processorArchitecture='msil' name='Microsoft.Exchange.EDiscovery.ExportTool.application'/>
    </assembly>`;
    expect(readExportToolManifest(manifest).claims.map((claim) => claim.build)).toEqual(['15.1.2507.39']);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>Sign in</body></html>', 'the response is not a ClickOnce manifest', []],
    ['an empty body', '', 'the response is not a ClickOnce manifest', []],
    ['a manifest without identity', '<assembly><description/></assembly>', 'the manifest has no assemblyIdentity', []],
    [
      'another product',
      '<assembly><assemblyIdentity name="contoso.tool.application" version="1.2.3.4"/></assembly>',
      'the manifest is for "contoso.tool.application", not an Exchange tool',
      [],
    ],
    [
      'no version',
      '<assembly><assemblyIdentity name="microsoft.exchange.x.application"/></assembly>',
      'the manifest names no version',
      ['Exchange export tool manifest'],
    ],
    [
      'three parts',
      '<assembly><assemblyIdentity name="microsoft.exchange.x.application" version="15.2.1544"/></assembly>',
      'the manifest version "15.2.1544" is not a four-part build',
      ['Exchange export tool manifest'],
    ],
    [
      'a part above 65535',
      '<assembly><assemblyIdentity name="microsoft.exchange.x.application" version="15.2.99999.1"/></assembly>',
      'the manifest version "15.2.99999.1" is not a four-part build',
      ['Exchange export tool manifest'],
    ],
    [
      'an entity in the version',
      '<!DOCTYPE assembly [<!ENTITY v "15.2.1544.14">]><assembly><assemblyIdentity name="microsoft.exchange.x.application" version="&v;"/></assembly>',
      'the manifest version "&v;" is not a four-part build',
      ['Exchange export tool manifest'],
    ],
  ])('names no build for %s', (_, text, note, markers) => {
    expect(readExportToolManifest(text)).toEqual({ claims: [], note, markers });
  });
});
