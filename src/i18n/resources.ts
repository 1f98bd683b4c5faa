import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';

// Both languages are bundled: they are small, and switching must be instant and work offline.
export const resources = {
  en: { common: enCommon },
  ja: { common: jaCommon },
} as const;

export const defaultNS = 'common';
