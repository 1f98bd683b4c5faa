// `npm run data:check`: validates every file of public/data with the schema the app uses and lists every problem
// with its file, record and field. Exits 1 on any problem, 0 when the dataset is valid.
import { readFileSync } from 'node:fs';
import console from 'node:console';
import process from 'node:process';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'public', 'data');
const { module } = await runnerImport(join(import.meta.dirname, '..', 'src', 'lib', 'data-check.ts'));
const { DATA_FILES } = await runnerImport(join(import.meta.dirname, '..', 'src', 'lib', 'schema.ts')).then(
  (r) => r.module,
);

const json = {};
const unreadable = [];
const unreadableFiles = new Set();
for (const file of DATA_FILES) {
  let text;
  try {
    text = readFileSync(join(dir, `${file}.json`), 'utf8');
  } catch {
    continue; // reported by the check as a missing file
  }
  try {
    json[file] = JSON.parse(text);
  } catch (error) {
    unreadable.push(`${file}.json: the file is not valid JSON (${error.message})`);
    unreadableFiles.add(file);
  }
}
const problems = [...unreadable, ...module.checkDataset(json, unreadableFiles).map((p) => p.message)];
if (problems.length === 0) {
  const counts = DATA_FILES.map((f) => `${json[f][f].length} ${f}`).join(', ');
  console.log(`data:check: the dataset is valid (${counts}).`);
  process.exit(0);
}
console.error(`data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
for (const problem of problems) console.error(`  - ${problem}`);
process.exit(1);
