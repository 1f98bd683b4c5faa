// Joins the user's records to the bundled data: apart from the import code (user-records.ts), since every view needs
// the join at start and the import only when the user opens their records.
import type { Commitment, Landscape, Source } from '../../../lib/schema';
import type { UserRecord } from './user-records';

/** The user's records as commitments and sources of the dashboard, provenance 'mine'. */
export function toLandscapeParts(records: readonly UserRecord[]): {
  commitments: Commitment[];
  sources: Source[];
} {
  const commitments: Commitment[] = [];
  const sources: Source[] = [];
  for (const r of records) {
    const sourceId = `${r.id}-source`;
    sources.push({
      id: sourceId,
      kind: 'news',
      publisher: r.source.name,
      ...(r.source.note ? { title: r.source.note } : {}),
      ...(r.source.url ? { url: r.source.url } : {}),
      published: null,
    });
    const text = r.note ?? '';
    commitments.push({
      id: r.id,
      investor: r.investor,
      country: r.country,
      amount: r.amount,
      period: r.period,
      announced: r.announced ? { ...r.announced, source: sourceId } : null,
      focus: r.focus,
      provenance: 'mine',
      sources: [sourceId],
      text: { en: text, ja: text },
    });
  }
  return { commitments, sources };
}

/** The bundled data with the user's records joined to it. */
export function withUserRecords(data: Landscape, records: readonly UserRecord[]): Landscape {
  if (records.length === 0) return data;
  const parts = toLandscapeParts(records);
  return {
    ...data,
    commitments: [...data.commitments, ...parts.commitments],
    sources: [...data.sources, ...parts.sources],
  };
}
