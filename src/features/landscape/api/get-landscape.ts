import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataFile, Landscape } from '../../../lib/schema';
import { DATA_FILES, DataError, checkReferences, parseDataFile } from '../../../lib/schema';

/** The data could not be fetched: retrying may help. */
export class NetworkError extends Error {
  constructor(
    readonly file: string,
    readonly status?: number,
    /** No answer within TIMEOUT_MS. */
    readonly timedOut = false,
  ) {
    super(
      status
        ? `${file}: the server answered ${status}`
        : timedOut
          ? `${file}: no answer within ${TIMEOUT_MS / 1000} s`
          : `${file}: no answer from the server`,
    );
    this.name = 'NetworkError';
  }
}

const TIMEOUT_MS = 20_000;

/** The dataset is tens of kilobytes; a file this large is the wrong file, and reading it would stall the page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const tooLarge = (bytes: number) =>
  `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a data file may be`;

export function dataUrl(file: DataFile): string {
  return `${import.meta.env.BASE_URL}data/${file}.json`;
}

async function fetchJson(file: DataFile, signal?: AbortSignal): Promise<unknown> {
  const fileName = `${file}.json`;
  // A timer rather than AbortSignal.timeout, so that tests can run the timeout on a fake clock.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const signals = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let text: string;
  try {
    let response: Response;
    try {
      response = await fetch(dataUrl(file), { signal: signals });
    } catch {
      throw new NetworkError(fileName, undefined, timeout.signal.aborted);
    }
    if (!response.ok) throw new NetworkError(fileName, response.status);
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > MAX_FILE_BYTES) {
      void response.body?.cancel();
      throw new DataError(fileName, tooLarge(declared));
    }
    try {
      text = await response.text();
    } catch {
      throw new NetworkError(fileName, undefined, timeout.signal.aborted);
    }
  } finally {
    clearTimeout(timer);
  }
  // Without a Content-Length (a compressed or chunked answer) the size is known only once read.
  if (text.length > MAX_FILE_BYTES) throw new DataError(fileName, tooLarge(text.length));
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
