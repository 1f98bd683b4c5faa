import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataFile, Landscape } from '../../../lib/schema';
import { EMBEDDED_DATA_ID, readEmbeddedData } from '../../../lib/embedded-data';
import { DATA_FILES, DataError, checkReferences, parseDataFile } from '../../../lib/schema';

/** The data could not be fetched: retrying may help. */
export class NetworkError extends Error {
  constructor(
    readonly file: string,
    readonly status?: number,
  ) {
    super(status ? `${file}: the server answered ${status}` : `${file}: no answer from the server`);
    this.name = 'NetworkError';
  }
}

const TIMEOUT_MS = 20_000;

export function dataUrl(file: DataFile): string {
  return `${import.meta.env.BASE_URL}data/${file}.json`;
}

async function fetchJson(file: DataFile, signal?: AbortSignal): Promise<unknown> {
  const fileName = `${file}.json`;
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch {
    throw new NetworkError(fileName);
  }
  if (!response.ok) throw new NetworkError(fileName, response.status);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError(fileName, 'the file is not valid JSON (it may be cut short)');
  }
}

/** The data files embedded in the page by the single-file build, or undefined when they are to be fetched. */
function embeddedFiles(): (readonly [DataFile, unknown])[] | undefined {
  let embedded: Record<string, unknown> | undefined;
  try {
    embedded = readEmbeddedData(document);
  } catch {
    throw new DataError(`#${EMBEDDED_DATA_ID}`, 'the embedded data is not valid JSON');
  }
  if (!embedded) return undefined;
  return DATA_FILES.map((file) => {
    if (!(file in embedded))
      throw new DataError(`${file}.json`, 'the file is missing from the embedded data');
    return [file, embedded[file]] as const;
  });
}

/**
 * Fetches every data file (or reads the copies embedded in the page), validates each record and checks that every
 * reference resolves: embedded data is validated exactly like fetched data.
 */
export async function getLandscape(signal?: AbortSignal): Promise<Landscape> {
  const files =
    embeddedFiles() ??
    (await Promise.all(DATA_FILES.map(async (file) => [file, await fetchJson(file, signal)] as const)));
  const data = Object.fromEntries(
    files.map(([file, json]) => [file, parseDataFile(file, json)]),
  ) as unknown as Landscape;
  checkReferences(data);
  return data;
}

export function landscapeQueryOptions() {
  return queryOptions({
    queryKey: ['landscape'],
    queryFn: ({ signal }) => getLandscape(signal),
    staleTime: Infinity,
    // An invalid file stays invalid; only a failed request is worth retrying by itself.
    retry: (failures, error) => error instanceof NetworkError && failures < 2,
  });
}

export function useLandscape() {
  return useQuery(landscapeQueryOptions());
}
