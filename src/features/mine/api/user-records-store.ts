import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { UserRecord } from '../lib/user-records';

/** Where the records are kept: IndexedDB, else localStorage, else only in this tab (storage unavailable). */
export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

export interface StoredRecords {
  records: UserRecord[];
  storage: StorageKind;
  /** Stored records that no longer pass validation (a damaged store): left out, and said so. */
  dropped: number;
}

/** The browser refused to store more (quota) or refused storage altogether. */
export class StorageError extends Error {
  constructor(readonly reason: 'quota' | 'unavailable') {
    super(reason === 'quota' ? 'The browser storage is full' : 'The browser storage is unavailable');
    this.name = 'StorageError';
  }
}

const DB_NAME = 'apac-dashboard';
const STORE = 'user-records';
const KEY = 'records';
const LOCAL_KEY = 'apac-dashboard.user-records';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new StorageError('unavailable'));
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch {
      return reject(new StorageError('unavailable'));
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new StorageError('unavailable'));
    request.onblocked = () => reject(new StorageError('unavailable'));
  });
}

function isQuota(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

async function idbGet(): Promise<unknown> {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new StorageError('unavailable'));
    });
  } finally {
    db.close();
  }
}

async function idbPut(records: readonly UserRecord[]): Promise<void> {
  const db = await openDb();
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put({ version: 1, records }, KEY);
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(new StorageError(isQuota(tx.error) ? 'quota' : 'unavailable'));
      tx.onerror = () => reject(new StorageError(isQuota(tx.error) ? 'quota' : 'unavailable'));
    });
  } finally {
    db.close();
  }
}

function localGet(): unknown {
  try {
    const text = localStorage.getItem(LOCAL_KEY);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw new StorageError('unavailable');
  }
}

function localPut(records: readonly UserRecord[]): void {
  try {
    localStorage.setItem(LOCAL_KEY, JSON.stringify({ version: 1, records }));
  } catch (error) {
    throw new StorageError(isQuota(error) ? 'quota' : 'unavailable');
  }
}

/**
 * Stored records are validated again on the way in: the store may be older than this app, or damaged. The
 * validation code loads only when there is something to validate, so the first view does not carry the import code.
 */
async function revalidate(stored: unknown): Promise<{ records: UserRecord[]; dropped: number }> {
  const list = (stored as { records?: unknown } | undefined)?.records;
  if (!Array.isArray(list) || list.length === 0) return { records: [], dropped: 0 };
  const { flattenJson, validateRow } = await import('../lib/user-records');
  const records: UserRecord[] = [];
  list.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null) return;
    const e = entry as Partial<UserRecord> & Record<string, unknown>;
    if (typeof e.id !== 'string' || !/^mine-[a-z0-9-]+$/.test(e.id)) return;
    const { record } = validateRow(
      {
        ...flattenJson(e),
        investor_ja: e.investorJa,
        period_start: periodStart(e),
        period_end: periodEnd(e),
        announced: e.announced?.date,
      },
      i + 1,
      { file: String(e.file ?? ''), importedAt: String(e.importedAt ?? ''), id: e.id },
    );
    if (record) records.push(record);
  });
  return { records, dropped: list.length - records.length };
}

const periodStart = (e: Partial<UserRecord>) => (e.period?.kind === 'range' ? e.period.start : undefined);
const periodEnd = (e: Partial<UserRecord>) =>
  e.period?.kind === 'range' || e.period?.kind === 'until' ? e.period.end : undefined;

let memory: UserRecord[] = [];
let kind: StorageKind | undefined;

/** Reads the user's records from the first storage that works. */
export async function loadUserRecords(): Promise<StoredRecords> {
  let stored: unknown;
  try {
    stored = await idbGet();
    kind = 'indexeddb';
  } catch {
    try {
      stored = localGet();
      kind = 'localstorage';
    } catch {
      kind = 'memory';
      return { records: memory, dropped: 0, storage: kind };
    }
  }
  return { ...(await revalidate(stored)), storage: kind };
}

/** Writes the whole list; throws StorageError('quota') when the browser refuses the size. */
export async function saveUserRecords(records: readonly UserRecord[]): Promise<void> {
  if (kind === 'indexeddb') return idbPut(records);
  if (kind === 'localstorage') return localPut(records);
  memory = [...records];
}

export const USER_RECORDS_KEY = ['user-records'] as const;

export function userRecordsQueryOptions() {
  return queryOptions({
    queryKey: USER_RECORDS_KEY,
    queryFn: loadUserRecords,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

export function useUserRecords() {
  return useQuery(userRecordsQueryOptions());
}

/** Adds or removes records: the store is written first, so the page never shows what a reload would lose. */
export function useUserRecordActions() {
  const client = useQueryClient();
  const replace = useCallback(
    async (change: (records: UserRecord[]) => UserRecord[]) => {
      const current = client.getQueryData<StoredRecords>(USER_RECORDS_KEY) ?? (await loadUserRecords());
      const next = change(current.records);
      await saveUserRecords(next);
      client.setQueryData<StoredRecords>(USER_RECORDS_KEY, { ...current, records: next, dropped: 0 });
    },
    [client],
  );
  return {
    add: useCallback(
      (records: readonly UserRecord[]) => replace((current) => [...current, ...records]),
      [replace],
    ),
    /** Writes the whole list (an import after the user's choice about duplicates). */
    set: useCallback((records: readonly UserRecord[]) => replace(() => [...records]), [replace]),
    remove: useCallback((id: string) => replace((current) => current.filter((r) => r.id !== id)), [replace]),
    clear: useCallback(() => replace(() => []), [replace]),
  };
}
