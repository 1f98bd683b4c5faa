import { useTranslation } from 'react-i18next';
import { Fragment } from 'react';
import { citationParts } from '../lib/describe';
import type { Lang } from '../lib/format';
import { listSeparator } from '../lib/format';
import type { Source } from '../lib/schema';

/** The article's citation, with its English title marked as English inside Japanese text. */
function ArticleCitation({ source }: { source: Source }) {
  const { t } = useTranslation();
  const [before, after] = t('source.article', { title: '\u0000' }).split('\u0000');
  return (
    <span>
      {before}
      <span lang="en">{source.title}</span>
      {after}
    </span>
  );
}

/** A citation's parts joined by the language's separator, a title in another language marked with its own. */
function CitationText({ source, withTitle }: { source: Source; withTitle: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const parts = citationParts(source, lang, t, { withTitle });
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && listSeparator(lang)}
          {part.lang && part.lang !== lang ? <span lang={part.lang}>{part.text}</span> : part.text}
        </Fragment>
      ))}
    </>
  );
}

/** The sources of a figure, each a link where the record has an address. */
export function SourceCitations({
  sources,
  withTitle = false,
}: {
  sources: readonly Source[];
  /** The page's title in the citation itself (the Sources list); elsewhere it is the link's tooltip. */
  withTitle?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  if (sources.length === 0) return <>{t('source.none')}</>;
  return (
    <>
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && listSeparator(lang, 'clauses')}
          {source.kind === 'article' && source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <ArticleCitation source={source} />
              <span className="visually-hidden"> {t('source.opensInNewTab')}</span>
            </a>
          ) : source.kind === 'article' ? (
            <ArticleCitation source={source} />
          ) : source.url ? (
            <a
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
              title={withTitle ? undefined : source.title}
            >
              <CitationText source={source} withTitle={withTitle} />
              <span className="visually-hidden"> {t('source.opensInNewTab')}</span>
            </a>
          ) : (
            <span>
              <CitationText source={source} withTitle={withTitle} />
            </span>
          )}
        </span>
      ))}
    </>
  );
}

export function SourceLine({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  return (
    <p className="source-line">
      {t('source.labelPlural')}
      {t('source.separator')}
      <SourceCitations sources={sources} />
    </p>
  );
}
