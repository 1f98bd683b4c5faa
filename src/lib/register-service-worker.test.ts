import { describe, expect, it } from 'vitest';
import { shouldRegisterServiceWorker } from './register-service-worker';

const production = { production: true, protocol: 'https:', supported: true, embeddedData: false };

describe('shouldRegisterServiceWorker', () => {
  it('registers in a production build served over http or https', () => {
    expect(shouldRegisterServiceWorker(production)).toBe(true);
    expect(shouldRegisterServiceWorker({ ...production, protocol: 'http:' })).toBe(true);
  });

  it('never registers in development, from a file, without support, or in the single file', () => {
    expect(shouldRegisterServiceWorker({ ...production, production: false })).toBe(false);
    expect(shouldRegisterServiceWorker({ ...production, protocol: 'file:' })).toBe(false);
    expect(shouldRegisterServiceWorker({ ...production, supported: false })).toBe(false);
    expect(shouldRegisterServiceWorker({ ...production, embeddedData: true })).toBe(false);
  });
});
