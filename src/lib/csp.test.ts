import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, contentSecurityPolicy, securityHeaders } from './csp';

describe('the Content-Security-Policy', () => {
  const policy = contentSecurityPolicy();
  const directive = (name: string) =>
    policy
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it('allows scripts from the app itself only: no inline script, no eval, no other host', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('lets charts be saved as pictures and the service worker run, and nothing be framed or embedded', () => {
    expect(directive('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directive('worker-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'self'"]);
  });

  it('is one header value, each directive once', () => {
    const names = policy.split('; ').map((d) => d.split(' ')[0]);
    expect(names).toEqual(Object.keys(CSP_DIRECTIVES));
    expect(securityHeaders()['Content-Security-Policy']).toBe(policy);
  });

  it('is the policy the README quotes', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(`\n  ${policy}\n`);
  });
});
