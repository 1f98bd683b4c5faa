import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import enExplorer from '../../locales/en/explorer.json';
import jaExplorer from '../../locales/ja/explorer.json';

// Both languages are bundled: they are small, and switching must be instant and work offline.
export const resources = {
  en: { common: enCommon, explorer: enExplorer },
  ja: { common: jaCommon, explorer: jaExplorer },
} as const;

export const defaultNS = 'common';
