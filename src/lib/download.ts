import { CSV_BOM } from './csv';

/** Hands a file to the browser's download (an anchor with `download`; works offline and from file://). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A CSV file as Excel in Japan expects it: UTF-8 with a byte-order mark. */
export function csvBlob(csvText: string): Blob {
  return new Blob([CSV_BOM, csvText], { type: 'text/csv;charset=utf-8' });
}

/**
 * A file name from its parts, e.g. `apac-ai-investment_japan_ja_JPY.csv`: lower-risk characters only, so the
 * name survives every file system and mail client.
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const safe = parts
    .map((part) => part.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return `${['apac-ai-investment', ...safe].join('_')}.${extension}`;
}
