import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataFile, DataFiles, Landscape } from '../../../lib/schema';
import { EMBEDDED_DATA_ID, readEmbeddedData } from '../../../lib/embedded-data';
import {
  DATA_FILES,
  DataError,
  assembleLandscape,
  checkReferences,
  parseDataFile,
} from '../../../lib/schema';

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
  ) as unknown as DataFiles;
  checkReferences(data);
  return assembleLandscape(data);
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
