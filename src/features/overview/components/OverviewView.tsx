import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureExport } from '../../../components/FigureExport';
import { SourceLine } from '../../../components/SourceLine';
import { VerificationNote } from '../../../components/VerificationNote';
import { yearOf } from '../../../lib/convert';
import { growthBetween } from '../../../lib/growth';
import { describeRates, showAmount, sourcesById, verificationOf } from '../../../lib/describe';
import {
  formatCount,
  formatMoney,
  formatMultiple,
  formatPartialDate,
  formatPeriod,
  joinList,
} from '../../../lib/format';
import type { HeadlineFigure } from '../../../lib/export-rows';
import { HEADLINE_COLUMNS, headlineCsvRows, sourceLineText } from '../../../lib/export-rows';
import type { Landscape } from '../../../lib/schema';
import type { ViewProps } from '../../../lib/view-props';

function Card({
  id,
  label,
  figure,
  children,
}: {
  id: string;
  label: ReactNode;
  figure: ReactNode;
  children: ReactNode;
}) {
  return (
    <article className="card" aria-labelledby={`${id}-label`}>
      <p className="card-figure">{figure}</p>
      <h3 id={`${id}-label`} className="card-label">
        {label}
      </h3>
      {children}
    </article>
  );
}

/** Says which figure the filters hide, with the reset beside it, rather than showing a total that is not there. */
function FilteredOut({ what, onReset, label }: { what: string; onReset?: () => void; label: string }) {
  return (
    <p className="notice">
      {what}{' '}
      {onReset && (
        <button type="button" className="button button--small" onClick={onReset}>
          {label}
        </button>
      )}
    </p>
  );
}

function Check({ data, id }: { data: Landscape; id: string | undefined }) {
  const verification = verificationOf(data, id);
  return verification ? (
    <VerificationNote verification={verification} sources={sourcesById(data, verification.sources)} />
  ) : null;
}

/** The headline: ¥1.6 trillion (~$10B) for 2026–2029, the ×55 against 2014, the skills target and the regions. */
export function OverviewView({ data, settings, onNavigate, filtersActive, onResetFilters }: ViewProps) {
  const { t } = useTranslation();
  const te = useTranslation('export').t;
  const sectionRef = useRef<HTMLElement>(null);
  const { t: tx } = useTranslation('explorer');
  const { lang } = settings;
  const commitment = data.commitments.find((c) => c.id === 'ms-jp-2026');
  const earlier = data.commitments.find((c) => c.id === 'ms-jp-2014');
  const skills = data.facts.find((f) => f.kind === 'skills-target');
  const regions = data.facts.find((f) => f.kind === 'regions');
  if (!commitment)
    return (
      <section aria-labelledby="overview-title" className="overview">
        <h2 id="overview-title" className="view-title">
          {t('nav.overview')}
        </h2>
        {filtersActive && (
          <FilteredOut what={tx('overview.headline')} onReset={onResetFilters} label={tx('filters.reset')} />
        )}
      </section>
    );

  const shown = showAmount(commitment, data, settings);
  const growth = earlier ? growthBetween(earlier, commitment, data.rates) : undefined;
  const period = formatPeriod(commitment.period, lang);
  const stated = commitment.statedConversion;

  // The cards as export sees them: each figure with its number, unit and sources.
  const figures: HeadlineFigure[] = [
    {
      item: t('overview.commitment', { period }),
      value: shown.value,
      unit: shown.currency,
      shown: shown.text,
      sources: sourcesById(data, commitment.sources),
    },
    ...(earlier && growth
      ? [
          {
            item: t('overview.growthLabel', {
              amount: formatMoney(earlier.amount.value, earlier.amount.currency, lang),
              year: String(yearOf(earlier.announced) ?? ''),
            }),
            value: growth.asAnnounced,
            unit: te('csv.times'),
            shown: formatMultiple(growth.asAnnounced, lang),
            sources: sourcesById(data, earlier.sources),
          },
        ]
      : []),
    ...(skills?.kind === 'skills-target'
      ? [
          {
            item: t('overview.skillsLabel', { year: String(skills.byYear) }),
            value: skills.people,
            unit: te('csv.people'),
            shown: formatCount(skills.people, lang),
            sources: sourcesById(data, skills.sources),
          },
        ]
      : []),
    ...(regions?.kind === 'regions'
      ? [
          {
            item: t('overview.regionsLabel'),
            value: '' as const,
            unit: '',
            shown: t('overview.regions', { tokyo: t('region.tokyo'), osaka: t('region.osaka') }),
            sources: sourcesById(data, regions.sources),
          },
        ]
      : []),
  ];
  const allSources = sourcesById(
    data,
    figures.flatMap((f) => f.sources.map((s) => s.id)),
  );

  return (
    <section aria-labelledby="overview-title" className="overview" ref={sectionRef}>
      <h2 id="overview-title" className="view-title">
        {t('overview.title', { amount: shown.announced, period })}
      </h2>
      <p className="lede">{commitment.text[lang]}</p>
      <FigureExport
        figureRef={sectionRef}
        title={t('overview.title', { amount: shown.announced, period })}
        subtitles={[commitment.text[lang]]}
        sourceLine={sourceLineText(allSources, lang, t)}
        csvRows={() =>
          headlineCsvRows(
            figures,
            lang,
            t,
            Object.fromEntries(HEADLINE_COLUMNS.map((c) => [c, te(`csv.${c}`)])) as Record<
              (typeof HEADLINE_COLUMNS)[number],
              string
            >,
          )
        }
        fileNameParts={['overview', lang, settings.currency]}
        panels={async (section, measure) => {
          const { cardsPanel } = await import('../../../lib/export-cards');
          const cards = [...section.querySelectorAll<HTMLElement>('.card')];
          const grid = section.querySelector('.cards') ?? section;
          const color = (selector: string, property: 'color' | 'background-color' | 'border-top-color') =>
            cards[0]
              ? getComputedStyle(cards[0].querySelector(selector) ?? cards[0]).getPropertyValue(property)
              : '';
          return [
            cardsPanel(
              cards.map((card) => ({
                figure: card.querySelector('.card-figure')?.textContent ?? '',
                label: card.querySelector('.card-label')?.textContent ?? '',
                // innerText keeps the line breaks between the parts of a detail.
                // The public record's check goes with the figure, as on screen.
                details: [...card.querySelectorAll<HTMLElement>('.card-detail, .verification')].flatMap((d) =>
                  d.innerText.split('\n').filter(Boolean),
                ),
              })),
              grid.getBoundingClientRect().width,
              measure,
              {
                surface: color(':scope', 'background-color'),
                border: color(':scope', 'border-top-color'),
                figure: color('.big-number', 'color'),
                text: color('.card-label', 'color'),
                muted: color('.card-detail', 'color'),
              },
            ),
          ];
        }}
      />
      <div className="cards">
        <Card
          id="headline"
          figure={<span className="big-number">{shown.text}</span>}
          label={t('overview.commitment', { period })}
        >
          <p className="card-detail">
            {shown.converted ? (
              <>
                {t('chart.tooltipAnnounced', { amount: shown.announced })}
                <br />
                {t('rate.convertedAt', { rates: describeRates(shown.rates, lang, t) })}
              </>
            ) : (
              stated &&
              t('overview.articleConversion', {
                amount: formatMoney(stated.value, stated.currency, lang, { qualifier: stated.qualifier }),
              })
            )}
          </p>
          <p className="card-detail">
            {t('overview.announcedLabel')}
            {t('source.separator')}
            {formatPartialDate(commitment.announced, lang)} ·{' '}
            {joinList(
              commitment.focus.map((f) => t(`focus.${f}`)),
              lang,
            )}
          </p>
          <SourceLine sources={sourcesById(data, commitment.sources)} />
          <Check data={data} id={commitment.verification} />
        </Card>

        {earlier && growth && (
          <Card
            id="growth"
            figure={<span className="big-number">{formatMultiple(growth.asAnnounced, lang)}</span>}
            label={t('overview.growthLabel', {
              amount: formatMoney(earlier.amount.value, earlier.amount.currency, lang),
              year: String(yearOf(earlier.announced) ?? ''),
            })}
          >
            <p className="card-detail">
              {t('overview.growthNote', {
                times: formatMultiple(growth.asAnnounced, lang, { approx: true }),
                year: String(yearOf(earlier.announced) ?? ''),
              })}
            </p>
            <SourceLine sources={sourcesById(data, earlier.sources)} />
            <Check data={data} id={earlier.verification} />
          </Card>
        )}

        {!earlier && filtersActive && (
          <Card id="growth" figure={<span className="big-number">—</span>} label={tx('overview.growthCard')}>
            <FilteredOut what={tx('overview.growth')} onReset={onResetFilters} label={tx('filters.reset')} />
          </Card>
        )}

        {skills?.kind === 'skills-target' && (
          <Card
            id="skills"
            figure={<span className="big-number">{formatCount(skills.people, lang)}</span>}
            label={t('overview.skillsLabel', { year: String(skills.byYear) })}
          >
            <p className="card-detail">{skills.text[lang]}</p>
            <SourceLine sources={sourcesById(data, skills.sources)} />
            <Check data={data} id={skills.verification} />
          </Card>
        )}

        {regions?.kind === 'regions' && (
          <Card
            id="regions"
            figure={
              <span className="big-number big-number--text">
                {t('overview.regions', { tokyo: t('region.tokyo'), osaka: t('region.osaka') })}
              </span>
            }
            label={t('overview.regionsLabel')}
          >
            <p className="card-detail">{regions.text[lang]}</p>
            <SourceLine sources={sourcesById(data, regions.sources)} />
            <Check data={data} id={regions.verification} />
          </Card>
        )}
      </div>
      {onNavigate && (
        <p>
          <a
            className="button-link"
            href="?view=timeline"
            onClick={(event) => {
              event.preventDefault();
              onNavigate('timeline');
            }}
          >
            {t('overview.more')} →
          </a>
        </p>
      )}
    </section>
  );
}
