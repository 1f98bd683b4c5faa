/* global process, console */
// Audits the runtime dependencies (`npm audit --omit=dev`) and fails on a high or critical advisory.
//
// npm audit exits non-zero both when it finds advisories and when it cannot ask the registry (offline, or a registry
// mirror without the advisory endpoint), so the verdict is read from its JSON report:
//   - advisories of high or critical severity: list them and exit 1 (CI fails);
//   - none: say so and exit 0;
//   - no report (the advisory database could not be reached): say clearly that the dependencies were NOT audited, and
//     exit 0, or exit 1 when AUDIT_REQUIRED=1 (for a CI that must never skip the audit).
// Usage: node .ci/audit-runtime.mjs            (runs npm audit)
//        node .ci/audit-runtime.mjs report.json (judges a saved `npm audit --json` report)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const BLOCKING = ['high', 'critical'];

function report() {
  if (process.argv[2]) return readFileSync(process.argv[2], 'utf8');
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
  return run.stdout ?? '';
}

let json;
try {
  json = JSON.parse(report());
} catch {
  json = undefined;
}

const counts = json?.metadata?.vulnerabilities;
if (!counts) {
  const reason = json?.message ?? json?.error?.summary ?? 'no report';
  const required = process.env.AUDIT_REQUIRED === '1';
  console.warn(
    `npm audit: the advisory database could not be reached (${reason}); the runtime dependencies were NOT audited.` +
      (required ? ' AUDIT_REQUIRED=1: failing.' : ' Set AUDIT_REQUIRED=1 to fail in that case.'),
  );
  process.exit(required ? 1 : 0);
}

const blocking = Object.entries(json.vulnerabilities ?? {}).filter(([, v]) => BLOCKING.includes(v.severity));
if (blocking.length > 0) {
  console.error('npm audit: high or critical advisories in runtime dependencies:');
  for (const [name, v] of blocking) {
    const titles = (v.via ?? []).map((via) => (typeof via === 'string' ? via : via.title)).join('; ');
    console.error(`  ${name} (${v.severity}, ${v.range ?? 'any version'}): ${titles}`);
  }
  process.exit(1);
}
console.log(
  `npm audit: no high or critical advisory in the runtime dependencies (${counts.total ?? 0} advisories in all).`,
);
