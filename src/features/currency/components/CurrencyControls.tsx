import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayCurrency, RateChoice } from '../../../lib/convert';
import { otherRate, yenRate } from '../../../lib/convert';
import { describeRate } from '../../../lib/describe';
import type { CurrencyCode, Lang } from '../../../lib/format';
import { formatNumber, formatRate, joinList } from '../../../lib/format';
import type { Rate } from '../../../lib/schema';
import {
  CUSTOM_RATE_MAX,
  CUSTOM_RATE_MIN,
  DISPLAY_CURRENCIES,
  parseCustomRate,
} from '../../../lib/url-state';

interface Props {
  currency: DisplayCurrency;
  rate: RateChoice;
  /** Undefined until the data has loaded: the rate in use comes from it. */
  rates: readonly Rate[] | undefined;
  /** The currencies, other than yen and dollar, that some figure is announced in. */
  otherCurrencies: readonly CurrencyCode[];
  onChange: (patch: { currency?: DisplayCurrency; rate?: RateChoice }) => void;
}

/** The currency switch, the rate choice and, always visible, the rate in use and where it comes from. */
export function CurrencyControls({ currency, rate, rates, otherCurrencies, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const id = useId();
  const [draft, setDraft] = useState(rate.kind === 'custom' ? String(rate.unitsPerUsd) : '');
  const [invalid, setInvalid] = useState(false);
  // Follow the rate when it changes from outside (Back/Forward, a shared link), as React's docs recommend:
  // adjust state during render rather than in an effect.
  const [shownRate, setShownRate] = useState(rate);
  if (shownRate !== rate) {
    setShownRate(rate);
    if (rate.kind === 'custom') {
      setDraft(String(rate.unitsPerUsd));
      setInvalid(false);
    }
  }
  const limits = { min: formatNumber(CUSTOM_RATE_MIN, lang), max: formatNumber(CUSTOM_RATE_MAX, lang) };

  const applyCustom = (text: string) => {
    const parsed = parseCustomRate(text);
    setInvalid(!parsed);
    if (parsed) onChange({ rate: parsed });
  };

  const others = rates
    ? otherCurrencies.map((c) => {
        const r = otherRate(rates, c, undefined);
        return formatRate(r.unitsPerUsd, c, lang);
      })
    : [];

  return (
    <section className="controls" aria-label={`${t('currency.label')} / ${t('rate.label')}`}>
      <div className="segmented" role="group" aria-label={t('currency.label')}>
        {DISPLAY_CURRENCIES.map((c) => (
          <button
            key={c}
            type="button"
            aria-pressed={currency === c}
            onClick={() => onChange({ currency: c })}
          >
            {t(`currency.${c}`)}
          </button>
        ))}
      </div>
      <div className="rate-choice">
        <label htmlFor={`${id}-rate`}>{t('rate.label')}</label>
        <select
          id={`${id}-rate`}
          value={rate.kind}
          onChange={(event) => {
            const kind = event.target.value as RateChoice['kind'];
            if (kind === 'custom') {
              // Start from the typed rate if it is valid, else from the rate in use, so that choosing "my rate"
              // changes nothing until the user types.
              const start = parseCustomRate(draft)
                ? draft
                : rates
                  ? String(yenRate(rates, rate, undefined).unitsPerUsd)
                  : '';
              setDraft(start);
              applyCustom(start);
            } else {
              setInvalid(false);
              onChange({ rate: { kind } });
            }
          }}
        >
          <option value="article">{t('rate.article')}</option>
          <option value="year">{t('rate.year')}</option>
          <option value="custom">{t('rate.custom')}</option>
        </select>
        {rate.kind === 'custom' && (
          <span className="custom-rate">
            <label htmlFor={`${id}-custom`}>{t('rate.customInput')}</label>
            <input
              id={`${id}-custom`}
              type="text"
              inputMode="decimal"
              size={7}
              value={draft}
              aria-invalid={invalid}
              aria-describedby={`${id}-custom-hint`}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={() => applyCustom(draft)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') applyCustom(draft);
              }}
            />
            <span
              id={`${id}-custom-hint`}
              className={invalid ? 'field-error' : 'field-hint'}
              role={invalid ? 'alert' : undefined}
            >
              {invalid ? t('rate.customInvalid', limits) : t('rate.customHint', limits)}
            </span>
          </span>
        )}
      </div>
      <p className="rate-in-use" aria-live="polite">
        <strong>{t('rate.inUse')}</strong>
        {t('source.separator')}
        {currency === 'original'
          ? t('rate.notUsed')
          : rates
            ? rate.kind === 'year'
              ? t('rate.yearModeNote')
              : describeRate(yenRate(rates, rate, undefined), lang, t)
            : t('rate.pending')}
        {currency !== 'original' && others.length > 0 && (
          <span className="rate-others">{t('rate.otherCurrencies', { list: joinList(others, lang) })}</span>
        )}
      </p>
    </section>
  );
}
