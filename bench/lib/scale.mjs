// Bigger datasets for the scale runs: each record copied `factor` times with distinct ids. Generated in the
// benchmark and served by intercepting the data requests; never written to public/data.

/**
 * The data file `json` (`{ [file]: records[] }`) with every record repeated `factor` times. The originals keep their
 * ids (views look some of them up by id); copy n of a record gets the id `<id>-x<n>`.
 */
export function scaleRecords(json, file, factor) {
  const records = json[file];
  if (!Array.isArray(records)) throw new Error(`${file}.json has no "${file}" list`);
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`scale factor must be a whole number ≥ 1: ${factor}`);
  const out = [];
  for (let n = 0; n < factor; n++) {
    for (const record of records) out.push(n === 0 ? record : { ...record, id: `${record.id}-x${n}` });
  }
  return { ...json, [file]: out };
}
