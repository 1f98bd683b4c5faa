import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import enExplorer from '../../locales/en/explorer.json';
import jaExplorer from '../../locales/ja/explorer.json';
import enExport from '../../locales/en/export.json';
import jaExport from '../../locales/ja/export.json';
import enPresent from '../../locales/en/present.json';
import jaPresent from '../../locales/ja/present.json';
import enReliability from '../../locales/en/reliability.json';
import jaReliability from '../../locales/ja/reliability.json';

// Both languages are bundled: they are small, and switching must be instant and work offline.
export const resources = {
  en: {
    common: enCommon,
    reliability: enReliability,
    export: enExport,
    present: enPresent,
    explorer: enExplorer,
  },
  ja: {
    common: jaCommon,
    reliability: jaReliability,
    export: jaExport,
    present: jaPresent,
    explorer: jaExplorer,
  },
} as const;

export const defaultNS = 'common';
