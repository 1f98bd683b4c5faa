// The README's list of runtime licences is the truth only while it matches package.json and what is installed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

interface Listed {
  name: string;
  version: string;
  licence: string;
}

/** The rows of the table under "Runtime licences" in the README's Security section. */
function listedLicences(): Listed[] {
  const security = readme.split(/^## /m).find((section) => section.startsWith('Security'));
  if (!security) throw new Error('README has no "Security" section');
  const from = security.indexOf('Runtime licences');
  if (from < 0) throw new Error('the Security section has no "Runtime licences" list');
  const rows = security
    .slice(from)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  const [header, divider, ...body] = rows;
  expect(header).toEqual(['package', 'version', 'licence']);
  expect(divider?.every((cell) => /^-+$/.test(cell))).toBe(true);
  return body.map(([name = '', version = '', licence = '']) => ({ name, version, licence }));
}

/** The `license` field of an installed package (SPDX expression). */
function installedLicence(name: string): { version: string; licence: string } {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
  ) as {
    version: string;
    license?: string | { type?: string };
  };
  const licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? '');
  return { version: manifest.version, licence };
}

describe('runtime licences in the README', () => {
  const listed = listedLicences();

  it('lists exactly the runtime dependencies of package.json, at their pinned versions', () => {
    expect(listed.map((l) => l.name).sort()).toEqual(Object.keys(pkg.dependencies).sort());
    for (const { name, version } of listed) expect(version, name).toBe(pkg.dependencies[name]);
  });

  it("gives each package's licence as its installed package.json declares it", () => {
    for (const { name, version, licence } of listed) {
      const installed = installedLicence(name);
      expect(installed.version, `${name}: installed version`).toBe(version);
      expect(licence, `${name}: licence`).toBe(installed.licence);
      expect(licence, `${name}: a licence is declared`).not.toBe('');
    }
  });

  it('lists each package once, in alphabetical order', () => {
    const names = listed.map((l) => l.name);
    expect(names).toEqual([...new Set(names)].sort());
  });
});
