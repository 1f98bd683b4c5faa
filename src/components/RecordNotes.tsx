import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { relationsOf } from '../lib/count-once';
import type { Lang } from '../lib/format';
import { recordName } from '../lib/left-out';
import type { Commitment, Landscape } from '../lib/schema';

/** What a reader must know beside a record: its caveat, what it includes, overlaps or supersedes, cross-border. */
export function recordNotes(c: Commitment, data: Landscape, lang: Lang, t: TFunction): string[] {
  const notes: string[] = [];
  if (c.note) notes.push(c.note[lang]);
  for (const r of relationsOf(c, data.commitments))
    notes.push(t(`relation.${r.direction}.${r.kind}`, { other: recordName(r.other, data, lang, t) }));
  if (c.scope === 'cross-border') notes.push(t('relation.crossBorder'));
  return notes;
}

export function RecordNotes({ commitment, data }: { commitment: Commitment; data: Landscape }) {
  const { t, i18n } = useTranslation();
  const notes = recordNotes(commitment, data, i18n.language as Lang, t);
  return (
    <>
      {notes.map((note) => (
        <span key={note} className="cell-note record-note">
          {note}
        </span>
      ))}
    </>
  );
}
