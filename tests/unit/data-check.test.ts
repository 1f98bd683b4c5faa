// `npm run data:check` as a maintainer runs it: on the shipped data it passes; on a broken copy it fails and lists
// every problem with its file, record and field.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/data-check';
import { DATA_FILES } from '../../src/lib/schema';
import { realFileJson } from '../fixtures/landscape';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'build/data-check.mjs');

function run(dir?: string): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [SCRIPT, ...(dir ? [dir] : [])], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

const broken = mkdtempSync(path.join(tmpdir(), 'data-check-'));
afterAll(() => rmSync(broken, { recursive: true, force: true }));

describe('npm run data:check', () => {
  it('passes the shipped dataset', () => {
    const { code, out } = run();
    expect(out).toMatch(/the dataset is valid/);
    expect(code).toBe(0);
  }, 60_000);

  it('fails on a broken copy and names every problem, not the first only', () => {
    cpSync(path.join(ROOT, 'public/data'), broken, { recursive: true });
    const file = (name: string) => path.join(broken, `${name}.json`);
    const commitments = JSON.parse(readFileSync(file('commitments'), 'utf8')) as {
      commitments: Record<string, unknown>[];
    };
    const [first, second, third, fourth] = commitments.commitments;
    first!.amount = { value: -5, currency: 'JPY' };
    second!.id = first!.id;
    (third!.text as Record<string, string>).ja = 'English only';
    fourth!.investor = 'nobody';
    fourth!.relations = [{ kind: 'includes', target: 'no-such-record' }];
    writeFileSync(file('commitments'), JSON.stringify(commitments));
    const sources = JSON.parse(readFileSync(file('sources'), 'utf8')) as {
      sources: Record<string, unknown>[];
    };
    const source = sources.sources.find((s) => s.url && s.kind !== 'article')!;
    delete source.url;
    delete source.missing;
    source.published = { date: '2024-02-30', precision: 'day' };
    writeFileSync(file('sources'), JSON.stringify(sources));
    const { code, out } = run(broken);
    expect(code).toBe(1);
    expect(out).toContain(
      `commitments.json, record "${String(first!.id)}", field amount.value: expected a positive number, got -5`,
    );
    expect(out).toContain(`commitments.json, record "${String(first!.id)}", field id: the id is used twice`);
    expect(out).toContain(
      `commitments.json, record "${String(third!.id)}", field text.ja: expected Japanese text, got "English only"`,
    );
    expect(out).toContain(
      `commitments.json, record "${String(fourth!.id)}", field investor: "nobody" is not in investors.json`,
    );
    expect(out).toContain(
      `commitments.json, record "${String(fourth!.id)}", field relations[0].target: "no-such-record" is not in commitments.json`,
    );
    expect(out).toContain(
      `sources.json, record "${String(source.id)}", field published.date: expected a day that exists in the calendar, got "2024-02-30"`,
    );
    expect(out).toContain(
      `sources.json, record "${String(source.id)}", field missing: expected an https address and a publication date, or a reason in "missing", got no address`,
    );
  }, 60_000);

  it('says which file is not valid JSON, and checks the others', () => {
    cpSync(path.join(ROOT, 'public/data'), broken, { recursive: true });
    writeFileSync(path.join(broken, 'rates.json'), '{ "rates": [');
    const { code, out } = run(broken);
    expect(code).toBe(1);
    expect(out).toMatch(/data:check: 1 problem in/);
    expect(out).toContain('rates.json: the file is not valid JSON');
  }, 60_000);
});

describe('checkDataset', () => {
  const files = () => Object.fromEntries(DATA_FILES.map((f) => [f, realFileJson(f)]));

  it('finds nothing wrong with the shipped files', () => {
    expect(checkDataset(files()).map((p) => p.message)).toEqual([]);
  });

  it('reports a missing file, a source nothing cites and a relation that leads back to itself', () => {
    const json = files();
    delete (json as Record<string, unknown>).facts;
    expect(checkDataset(json).map((p) => p.message)).toContain('facts.json: the file is missing');

    const cyclic = files();
    const list = (cyclic.commitments as { commitments: Record<string, unknown>[] }).commitments;
    list[0]!.relations = [{ kind: 'overlaps', target: list[1]!.id }];
    list[1]!.relations = [{ kind: 'overlaps', target: list[0]!.id }];
    (cyclic.sources as { sources: unknown[] }).sources.push({
      id: 'uncited',
      kind: 'news',
      publisher: 'example.com',
      url: 'https://example.com/',
      published: { date: '2026', precision: 'year' },
    });
    const report = (cyclic.sources as { sources: Record<string, unknown>[] }).sources.find(
      (s) => s.kind === 'news',
    )!;
    report.kind = 'article';
    const messages = checkDataset(cyclic).map((p) => p.message);
    expect(messages).toContain(
      `sources.json, record "${String(report.id)}", field kind: only the seed article has kind "article": a report is "news"`,
    );
    expect(messages).toContain(
      `commitments.json, record "${String(list[0]!.id)}", field relations: its relations lead back to itself: totals could count none of them`,
    );
    expect(messages).toContain('sources.json, record "uncited": no record cites this source');
  });
});
