import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SourceLine } from '../../../components/SourceLine';
import { estimateTextWidth } from '../../../components/charts/text-width';
import { isFlagged, sourcesById } from '../../../lib/describe';
import type { Lang } from '../../../lib/format';
import type { Landscape, Verification } from '../../../lib/schema';

/** The frame every slide shares: a title that states the finding, a subtitle, the body and the sources. */
export function SlideLayout({
  title,
  subtitle,
  children,
  notes,
  sources,
  data,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  /** Flags and qualifiers under the body. */
  notes?: ReactNode;
  sources: readonly string[];
  data: Landscape;
}) {
  return (
    <div className="slide-content">
      <header className="slide-header">
        <h2 className="slide-title">{title}</h2>
        {subtitle && <div className="slide-subtitle">{subtitle}</div>}
      </header>
      <div className="slide-body">{children}</div>
      <footer className="slide-footer">
        {notes}
        <SourceLine sources={sourcesById(data, sources)} />
      </footer>
    </div>
  );
}

/** "⚠ Not found: the ¥29 billion figure was not found…" beside a figure the public record does not back. */
export function SlideFlag({ verification, lang }: { verification: Verification | undefined; lang: Lang }) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('present');
  if (!verification || !isFlagged(verification.status)) return null;
  return (
    <p className="slide-flag">
      {tp('slide.flagNote', {
        status: t(`status.${verification.status}`),
        record: verification.publicRecord[lang],
      })}
    </p>
  );
}

/** Width of a label column for the longest of `labels` at chart scale `scale`. */
export function labelColumnWidth(labels: readonly string[], scale: number): number {
  return Math.ceil(Math.max(0, ...labels.map((l) => estimateTextWidth(l))) * scale + 16 * scale);
}
