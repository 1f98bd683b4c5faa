import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../../../lib/schema';
import { MAX_FILE_BYTES, NetworkError, getLandscape } from './get-landscape';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A fetch whose every answer is made by `answer`. */
function stubFetch(answer: (init?: RequestInit) => Promise<Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init?: RequestInit) => answer(init)),
  );
}

describe('getLandscape', () => {
  it('refuses a file over the size limit by its Content-Length, without reading it', async () => {
    const text = vi.fn();
    stubFetch(async () => {
      const response = new Response('{}', { headers: { 'Content-Length': String(MAX_FILE_BYTES + 1) } });
      Object.defineProperty(response, 'text', { value: text });
      return response;
    });
    const error = await getLandscape().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problem).toMatch(/more than the 5 MB/);
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit that came without a Content-Length', async () => {
    stubFetch(async () => new Response(`{"a":1}${' '.repeat(MAX_FILE_BYTES)}`));
    const error = await getLandscape().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problem).toMatch(/^the file is 5\.0 MB, more than the 5 MB/);
  });

  it('gives up after 20 s without an answer, as a timeout', async () => {
    vi.useFakeTimers();
    stubFetch(
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const result = getLandscape().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(19_999);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).timedOut).toBe(true);
    expect((error as NetworkError).message).toMatch(/no answer within 20 s/);
  });

  it('a refused connection is a network error that is not a timeout', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await getLandscape().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).timedOut).toBe(false);
  });
});
