import type { DisplayCurrency, RateChoice } from './convert';
import type { Lang } from './format';

/** What every view needs to show a figure: the language, the currency and the rate. */
export interface DisplaySettings {
  lang: Lang;
  currency: DisplayCurrency;
  rate: RateChoice;
}
