/**
 * The only requests a probe sends: three anonymous, read-only GETs, in this order. Each names a
 * different piece of build evidence, so the three can confirm one another.
 */
export const PROBE_ENDPOINTS = [
  {
    id: 'ecp-export-tool',
    path: '/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application',
    why: 'the eDiscovery export tool ClickOnce manifest: its assemblyIdentity version is the exact installed build, security updates included (Exchange 2013 and later)',
  },
  {
    id: 'owa',
    path: '/owa/',
    why: 'Outlook on the web: where the server sends the X-OWA-Version header it is the exact build; its redirect to the sign-in page marks an Exchange server',
  },
  {
    id: 'owa-logon',
    path: '/owa/auth/logon.aspx',
    why: 'the OWA sign-in page: it links static files under a versioned folder (/owa/auth/15.2.1544/…, /owa/14.3.123.3/… on Exchange 2010) that names the CU level',
  },
] as const;

export type EndpointId = (typeof PROBE_ENDPOINTS)[number]['id'];
