import { describe, expect, it, vi } from 'vitest';
import { CSV_BOM } from './csv';
import { csvBlob, exportFileName, saveBlob } from './download';

describe('exportFileName', () => {
  it('names the product, then the parts', () => {
    expect(exportFileName(['japan', 'ja', 'JPY'], 'csv')).toBe('apac-ai-investment_japan_ja_JPY.csv');
  });

  it('keeps only safe characters and drops empty parts', () => {
    expect(exportFileName(['../a b', '', '日本'], 'png')).toBe('apac-ai-investment_a-b.png');
  });
});

describe('csvBlob', () => {
  it('starts with the UTF-8 byte-order mark and says so in its type', async () => {
    const blob = csvBlob('a,b\r\n');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`${CSV_BOM}a,b\r\n`);
  });
});

describe('saveBlob', () => {
  it('clicks a download link with the file name and removes it', () => {
    const created = vi.fn(() => 'blob:test');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    saveBlob(new Blob(['x']), 'file.csv');
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked?.download).toBe('file.csv');
    expect(clicked?.getAttribute('href')).toBe('blob:test');
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });
});
