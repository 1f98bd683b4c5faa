import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import enPresent from '../../locales/en/present.json';
import jaPresent from '../../locales/ja/present.json';

// Both languages are bundled: they are small, and switching must be instant and work offline.
export const resources = {
  en: { common: enCommon, present: enPresent },
  ja: { common: jaCommon, present: jaPresent },
} as const;

export const defaultNS = 'common';
