// Joins the user's records to the bundled data: apart from the import code (user-records.ts), since every view needs
// the join at start and the import only when the user opens their records.
import { neutralFor, resolveInvestor, userInvestorId } from '../../../lib/investors';
import type { Commitment, InvestorRecord, Landscape, Source } from '../../../lib/schema';
import type { UserRecord } from './user-records';

/** The user's records as commitments, sources and (for investors the dataset lacks) investors of the dashboard. */
export function toLandscapeParts(
  records: readonly UserRecord[],
  known: readonly InvestorRecord[] = [],
): {
  commitments: Commitment[];
  sources: Source[];
  investors: InvestorRecord[];
} {
  const commitments: Commitment[] = [];
  const sources: Source[] = [];
  const investors = new Map<string, InvestorRecord>();
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
    let investor = resolveInvestor(r.investor, known);
    if (!investor) {
      investor = userInvestorId(r.investor);
      if (!investors.has(investor))
        investors.set(investor, {
          id: investor,
          name: { en: r.investor, ja: r.investorJa ?? r.investor },
          kind: 'other',
          colour: neutralFor(investor),
        });
    }
    const text = r.note ?? '';
    commitments.push({
      id: r.id,
      investor,
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
  return { commitments, sources, investors: [...investors.values()] };
}

/** The bundled data with the user's records joined to it. */
export function withUserRecords(data: Landscape, records: readonly UserRecord[]): Landscape {
  if (records.length === 0) return data;
  const parts = toLandscapeParts(records, data.investors);
  return {
    ...data,
    commitments: [...data.commitments, ...parts.commitments],
    sources: [...data.sources, ...parts.sources],
    investors: [...data.investors, ...parts.investors],
  };
}
