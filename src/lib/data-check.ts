// Every problem of the dataset at once, for the people who maintain it (`npm run data:check`): each file through the
// app's own schema, then what only the whole dataset can show. The app stops at the first problem; this lists all.
import type { DataFile, DataFiles } from './schema';
import { DATA_FILES, DataError, dataFileProblems, referenceProblems } from './schema';

/**
 * The problems of the files' JSON, by file; a file that is missing is one problem. `unreadable` names the files that
 * are not valid JSON (already reported): what depends on them across files is checked once they can be read.
 */
export function checkDataset(
  json: Partial<Record<DataFile, unknown>>,
  unreadable: ReadonlySet<DataFile> = new Set(),
): DataError[] {
  const problems: DataError[] = [];
  const files: Partial<Record<DataFile, unknown[]>> = {};
  const ids: Partial<Record<DataFile, string[]>> = {};
  for (const file of DATA_FILES) {
    if (unreadable.has(file)) continue;
    if (json[file] === undefined) {
      problems.push(new DataError(`${file}.json`, 'the file is missing'));
      continue;
    }
    const result = dataFileProblems(file, json[file]);
    problems.push(...result.problems);
    files[file] = result.records as unknown[];
    ids[file] = result.ids;
  }
  const data = files as unknown as DataFiles;
  if (DATA_FILES.every((file) => files[file]))
    problems.push(...referenceProblems(data, ids), ...crossFileProblems(data));
  return problems;
}

/** What no single file can show: an id used by a commitment and an event, a source nothing cites. */
function crossFileProblems(data: DataFiles): DataError[] {
  const problems: DataError[] = [];
  const eventIds = new Set(data.events.map((e) => e.id));
  for (const c of data.commitments)
    if (eventIds.has(c.id))
      problems.push(
        new DataError('commitments.json', 'the id is also an event’s id in events.json', c.id, 'id'),
      );
  const cited = new Set<string>();
  const cite = (id: string | undefined) => id !== undefined && cited.add(id);
  for (const c of data.commitments) {
    c.sources.forEach(cite);
    cite(c.announced?.source);
    cite(c.statedConversion?.source);
  }
  for (const e of data.events) {
    e.sources.forEach(cite);
    cite(e.date.source);
    e.publicRecordDates?.forEach((d) => cite(d.source));
  }
  for (const f of data.facts) f.sources.forEach(cite);
  for (const r of data.rates) cite(r.source);
  for (const v of data.verification) v.sources.forEach(cite);
  for (const s of data.sources)
    if (!cited.has(s.id)) problems.push(new DataError('sources.json', 'no record cites this source', s.id));
  // An amount is shown in yen or dollars through a rate: a currency without one could not be converted.
  const rated = new Set<string>(['USD', ...data.rates.map((r) => r.currency)]);
  for (const c of data.commitments) {
    for (const [field, money] of [
      ['amount.currency', c.amount],
      ['statedConversion.currency', c.statedConversion],
    ] as const)
      if (money && !rated.has(money.currency))
        problems.push(
          new DataError('commitments.json', `no rate in rates.json converts ${money.currency}`, c.id, field),
        );
  }
  // The seed article is the one source of kind "article": the views and the deck cite it as the article.
  for (const s of data.sources.filter((s) => s.kind === 'article').slice(1))
    problems.push(
      new DataError(
        'sources.json',
        'only the seed article has kind "article": a report is "news"',
        s.id,
        'kind',
      ),
    );
  return problems;
}
