import { useCallback, useMemo } from 'react';
import { CurrencyControls } from '../features/currency/components/CurrencyControls';
import { LanguageSwitch } from '../features/language/components/LanguageSwitch';
import { useLandscape } from '../features/landscape/api/get-landscape';
import { Deck } from '../features/present/components/Deck';
import { PresenterView } from '../features/present/components/PresenterView';
import { useDeck } from '../features/present/model/use-deck';
import { ThemeSwitch } from '../features/theme/components/ThemeSwitch';
import { serializeUrlState } from '../lib/url-state';
import { DataGate } from './DataGate';
import type { Settings } from './use-settings';

/** The deck (mode=deck) or the presenter's window beside it (mode=presenter), on the dashboard's data. */
export function Presentation({
  settings,
  update,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}) {
  const query = useLandscape();
  const role = settings.mode === 'presenter' ? 'presenter' : 'deck';
  const { slide, lang, currency, rate, theme } = settings;
  const display = useMemo(() => ({ lang, currency, rate }), [lang, currency, rate]);
  const state = useMemo(() => ({ slide, lang, currency, theme }), [slide, lang, currency, theme]);
  const presenterUrl = useCallback(
    () =>
      `${window.location.pathname}${serializeUrlState({ ...settings, mode: 'presenter' }, settings.lang, window.location.search)}`,
    [settings],
  );
  const { controller, message } = useDeck({ state, update, role, presenterUrl });
  const themeSwitch = <ThemeSwitch value={theme} onChange={(next) => update({ theme: next })} />;

  return (
    <DataGate query={query}>
      {(data) =>
        role === 'deck' ? (
          <Deck
            data={data}
            settings={display}
            slide={slide}
            controller={controller}
            message={message}
            themeControl={themeSwitch}
          />
        ) : (
          <PresenterView
            data={data}
            settings={display}
            slide={slide}
            controller={controller}
            controls={
              <div className="presenter-controls">
                <LanguageSwitch value={lang} onChange={(next) => update({ lang: next })} />
                <CurrencyControls
                  currency={currency}
                  rate={rate}
                  rates={data.rates}
                  otherCurrencies={[
                    ...new Set(
                      data.commitments
                        .map((c) => c.amount.currency)
                        .filter((c) => c !== 'JPY' && c !== 'USD'),
                    ),
                  ]}
                  onChange={(patch) => update(patch)}
                />
                {themeSwitch}
              </div>
            }
          />
        )
      }
    </DataGate>
  );
}
