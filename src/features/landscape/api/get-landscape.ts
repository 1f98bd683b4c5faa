import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataFile, Landscape } from '../../../lib/schema';
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

/** Fetches every data file, validates each record and checks that every reference resolves. */
export async function getLandscape(signal?: AbortSignal): Promise<Landscape> {
  const files = await Promise.all(
    DATA_FILES.map(async (file) => [file, await fetchJson(file, signal)] as const),
  );
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
