import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/format';
import { investorName } from '../../../lib/investors';
import type { Country, InvestorRecord } from '../../../lib/schema';
import { FOCUS_AREAS } from '../../../lib/schema';
import type { Filters } from '../../../lib/url-state';
import {
  FILTER_YEAR_MAX,
  FILTER_YEAR_MIN,
  NO_FILTERS,
  PROVENANCE_FILTERS,
  hasFilters,
  parseFilterYear,
} from '../../../lib/url-state';

type ListKey = 'investors' | 'countries' | 'provenances' | 'focus';

/** Toggles one value in a filter list, keeping the canonical order of `options`. */
export function toggleValue<T extends string>(options: readonly T[], list: readonly T[], value: T): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return options.filter((o) => next.includes(o));
}

function activeCount(f: Filters): number {
  return (
    f.investors.length +
    f.countries.length +
    f.provenances.length +
    f.focus.length +
    (f.from !== undefined ? 1 : 0) +
    (f.to !== undefined ? 1 : 0) +
    (f.crossBorder ? 1 : 0)
  );
}

/** What the filters offer: the investors and economies that have records (and any already chosen). */
export interface FilterOptions {
  investors: readonly InvestorRecord[];
  countries: readonly Country[];
}

/**
 * The filters every view follows: investor, country, provenance, focus and years. Compact chips on a wide screen;
 * folded behind one button on a phone. Each change is written to the URL by the app.
 */
export function FilterBar({
  value,
  onChange,
  options,
  lang,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  options: FilterOptions;
  lang: Lang;
}) {
  const { t } = useTranslation('explorer');
  const { t: tc } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = activeCount(value);

  const [allInvestors, setAllInvestors] = useState(false);
  // The hyperscalers, and any investor already chosen, are always offered; the others one click away.
  const shownInvestors = options.investors.filter(
    (i) => allInvestors || i.kind === 'hyperscaler' || value.investors.includes(i.id),
  );
  const hiddenInvestors = options.investors.length - shownInvestors.length;

  const group = <K extends ListKey>(
    key: K,
    choices: readonly Filters[K][number][],
    label: (o: string) => string,
    extra?: ReactNode,
    order: readonly Filters[K][number][] = choices,
  ) => (
    <fieldset className="filter-group">
      <legend>{t(`filters.${key}`)}</legend>
      {choices.map((option) => {
        const list = value[key] as readonly string[];
        const checked = list.includes(option);
        return (
          <label key={option} className={`chip${checked ? ' chip--on' : ''}`}>
            <input
              type="checkbox"
              checked={checked}
              onChange={() =>
                onChange({ ...value, [key]: toggleValue(order as readonly string[], list, option) })
              }
            />
            {label(option)}
          </label>
        );
      })}
      {extra}
    </fieldset>
  );

  return (
    <section className="filter-bar" aria-label={t('filters.label')}>
      <div className="filter-head">
        <button
          type="button"
          className="button filter-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          {count > 0 ? t('filters.toggleActive', { count }) : t('filters.toggle')}
        </button>
        {hasFilters(value) && (
          <p className="filter-summary" aria-live="polite">
            {t('filters.active', { count })}
          </p>
        )}
        {hasFilters(value) && (
          <button type="button" className="button filter-reset" onClick={() => onChange(NO_FILTERS)}>
            {t('filters.reset')}
          </button>
        )}
      </div>
      <div id={panelId} className={`filter-panel${open ? ' filter-panel--open' : ''}`}>
        {group(
          'investors',
          shownInvestors.map((i) => i.id),
          (o) => investorName(options.investors, o, lang),
          (hiddenInvestors > 0 || allInvestors) &&
            options.investors.some((i) => i.kind !== 'hyperscaler') && (
              <button
                type="button"
                className="button button--small filter-more"
                aria-expanded={allInvestors}
                onClick={() => setAllInvestors((all) => !all)}
              >
                {allInvestors
                  ? t('filters.fewerInvestors')
                  : t('filters.moreInvestors', { count: hiddenInvestors })}
              </button>
            ),
          options.investors.map((i) => i.id),
        )}
        {group('countries', options.countries, (o) => tc(`country.${o as Country}`))}
        {group('provenances', PROVENANCE_FILTERS, (o) =>
          tc(`provenance.${o as (typeof PROVENANCE_FILTERS)[number]}`),
        )}
        {group('focus', FOCUS_AREAS, (o) => tc(`focus.${o as (typeof FOCUS_AREAS)[number]}`))}
        <fieldset className="filter-group filter-years">
          <legend>{t('filters.years')}</legend>
          <YearInput
            label={t('filters.from')}
            value={value.from}
            onChange={(from) => onChange({ ...value, from })}
            invalid={(y) => value.to !== undefined && y > value.to}
          />
          <YearInput
            label={t('filters.to')}
            value={value.to}
            onChange={(to) => onChange({ ...value, to })}
            invalid={(y) => value.from !== undefined && y < value.from}
          />
        </fieldset>
        <label className={`chip filter-cross-border${value.crossBorder ? ' chip--on' : ''}`}>
          <input
            type="checkbox"
            checked={value.crossBorder}
            onChange={() => onChange({ ...value, crossBorder: !value.crossBorder })}
          />
          {t('filters.crossBorder')}
        </label>
      </div>
    </section>
  );
}

/** A year box that only reports a year when the text is one (four digits, in bounds, in order). */
function YearInput({
  label,
  value,
  onChange,
  invalid,
}: {
  label: string;
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  invalid: (year: number) => boolean;
}) {
  const { t } = useTranslation('explorer');
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  const errorId = useId();
  // Follow the URL (Back, reset) without fighting what the user is typing.
  if (shown !== value) {
    setShown(value);
    setText(value === undefined ? '' : String(value));
  }
  const normalized = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const year = parseFilterYear(normalized);
  const bad = normalized !== '' && (year === undefined || invalid(year));
  return (
    <label className="year-input">
      {label}
      <input
        type="text"
        inputMode="numeric"
        size={5}
        value={text}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? errorId : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const n = next.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
          if (n === '') {
            setShown(undefined);
            onChange(undefined);
            return;
          }
          const y = parseFilterYear(n);
          if (y !== undefined && !invalid(y)) {
            setShown(y);
            onChange(y);
          }
        }}
      />
      {bad && (
        <span id={errorId} className="field-error">
          {t('filters.yearInvalid', { min: FILTER_YEAR_MIN, max: FILTER_YEAR_MAX })}
        </span>
      )}
    </label>
  );
}
