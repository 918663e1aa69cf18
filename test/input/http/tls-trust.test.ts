import * as tls from 'node:tls';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareTlsTrust, type CaStore } from '../../../src/input/http/tls-trust.js';
import { tlsFixture } from '../../support/probe/local-servers.js';

const CA = tlsFixture('ca.pem');
const BUNDLED = tls.rootCertificates.slice(0, 3);
const NODE_20: CaStore = { rootCertificates: BUNDLED };
const NODE_22 = (system: string[]): CaStore => ({
  rootCertificates: BUNDLED,
  getCACertificates: (type) => (type === 'system' ? system : type === 'default' || type === undefined ? [...BUNDLED] : []),
});

describe('choosing the trusted roots', () => {
  it("leaves Node 20's default context alone: its bundled roots and NODE_EXTRA_CA_CERTS", () => {
    expect(prepareTlsTrust({}, NODE_20, {})).toEqual({ summary: { verified: true, roots: ['bundled'] }, target: {}, proxy: {} });
    expect(prepareTlsTrust({}, NODE_20, { NODE_EXTRA_CA_CERTS: '/etc/corp-ca.pem' }).summary.roots).toEqual(['bundled', 'node-extra-ca-certs']);
  });

  it('adds the system store where Node can read it', () => {
    const trust = prepareTlsTrust({}, NODE_22([CA]), {});
    expect(trust.summary).toEqual({ verified: true, roots: ['bundled', 'system'] });
    expect(trust.target.secureContext).toBeDefined();
    expect(trust.proxy.secureContext).toBe(trust.target.secureContext);
  });

  it('keeps Node 22 on its defaults when the system store is empty or unreadable', () => {
    expect(prepareTlsTrust({}, NODE_22([]), {}).target).toEqual({});
    const failing: CaStore = {
      rootCertificates: BUNDLED,
      getCACertificates: () => {
        throw new Error('no store');
      },
    };
    expect(prepareTlsTrust({}, failing, {}).summary.roots).toEqual(['bundled']);
  });

  it('adds caller certificates, keeping NODE_EXTRA_CA_CERTS on Node 20 by reading the file itself', () => {
    const directory = mkdtempSync(join(tmpdir(), 'rollup-check-ca-'));
    writeFileSync(join(directory, 'extra.pem'), `junk\n${CA}\n`);
    const trust = prepareTlsTrust({ extraCaCertificates: [CA] }, NODE_20, { NODE_EXTRA_CA_CERTS: join(directory, 'extra.pem') });
    expect(trust.summary.roots).toEqual(['bundled', 'node-extra-ca-certs', 'caller']);
    expect(trust.target.secureContext).toBeDefined();
  });

  it('turns verification off for insecure, but never for the proxy', () => {
    const trust = prepareTlsTrust({ insecure: true }, NODE_22([CA]), {});
    expect(trust.summary).toEqual({ verified: false, roots: [] });
    expect(trust.target).toEqual({ rejectUnauthorized: false });
    expect(trust.proxy.secureContext).toBeDefined();
  });

  it('runs on this Node, whatever its version, and uses the system store exactly when Node offers it', () => {
    const trust = prepareTlsTrust({}, tls, {});
    expect(trust.summary.verified).toBe(true);
    const offered = typeof (tls as CaStore).getCACertificates === 'function' && ((tls as CaStore).getCACertificates?.('system').length ?? 0) > 0;
    expect(trust.summary.roots.includes('system')).toBe(offered);
  });
});
