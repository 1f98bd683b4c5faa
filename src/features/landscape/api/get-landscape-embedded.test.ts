import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLandscape, realFileJson } from '../../../../tests/fixtures/landscape';
import { EMBEDDED_DATA_ID, jsonForScript } from '../../../lib/embedded-data';
import { DATA_FILES, DataError } from '../../../lib/schema';
import { getLandscape } from './get-landscape';

function embed(files: Record<string, unknown>) {
  const script = document.createElement('script');
  script.id = EMBEDDED_DATA_ID;
  script.type = 'application/json';
  script.textContent = jsonForScript(files);
  document.body.append(script);
}

const allFiles = () => Object.fromEntries(DATA_FILES.map((file) => [file, realFileJson(file)]));

afterEach(() => {
  document.getElementById(EMBEDDED_DATA_ID)?.remove();
  vi.unstubAllGlobals();
});

describe('getLandscape with embedded data (the single file)', () => {
  it('reads the embedded files without fetching, validated like fetched ones', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    embed(allFiles());
    expect(await getLandscape()).toEqual(loadLandscape());
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects an invalid embedded record with the same error, naming the file, record and field', async () => {
    const files = allFiles();
    const commitments = files.commitments as { commitments: { id: string; amount: { value: unknown } }[] };
    commitments.commitments.find((c) => c.id === 'ms-jp-2026')!.amount.value = 'lots';
    embed(files);
    const error = await getLandscape().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).file).toBe('commitments.json');
    expect((error as DataError).recordId).toBe('ms-jp-2026');
    expect((error as DataError).field).toBe('amount.value');
  });

  it('names a file missing from the embedded data', async () => {
    const files = allFiles();
    delete files.rates;
    embed(files);
    await expect(getLandscape()).rejects.toMatchObject({ file: 'rates.json' });
  });
});
