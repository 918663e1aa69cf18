import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';

const RECENT_FROM = '2024-11-24';

/** Every release of the embedded catalog (its compact model, written by `npm run build`), line by line. */
function releasesOfEmbeddedCatalog() {
  const [, ...products] = JSON.parse(readFileSync(new URL('../dist/embedded-catalog.json', import.meta.url), 'utf8'));
  return products.flatMap(({ lines, releases }) =>
    lines.flatMap((line) => line.releases.map((index) => ({ ...releases[index], build: releases[index].build.join('.') }))),
  );
}

function buildStringForms(release) {
  const [major, minor, build, revision] = release.build.split('.');
  return [
    release.build,
    `${major}.${minor.padStart(2, '0')}.${build.padStart(4, '0')}.${revision.padStart(3, '0')}`,
    `Version ${major}.${minor} (Build ${build}.${revision})`,
    release.name,
  ];
}

function pickerFor(mix) {
  const releases = releasesOfEmbeddedCatalog();
  if (mix === 'uniform') return (index) => releases[(index * 7919) % releases.length];
  const newestPerLine = new Map();
  for (const release of releases) newestPerLine.set(release.name.split(' ').slice(0, 3).join(' '), release);
  const newest = [...newestPerLine.values()].filter((release) => release.date >= RECENT_FROM);
  const recent = releases.filter((release) => release.date >= RECENT_FROM);
  return (index) => {
    const bucket = index % 10;
    if (bucket < 6) return newest[index % newest.length];
    if (bucket < 9) return recent[(index * 31) % recent.length];
    return releases[(index * 7919) % releases.length];
  };
}

export async function generateHosts(path, count, mix) {
  const pick = pickerFor(mix);
  const out = createWriteStream(path);
  let chunk = 'Name\tBuild\n';
  for (let index = 0; index < count; index++) {
    const forms = buildStringForms(pick(index));
    chunk += `EX${String(index).padStart(7, '0')}\t${forms[index % forms.length]}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'close');
}
