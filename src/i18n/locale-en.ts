// Every interface text in English, one namespace a file: a chunk of its own, loaded before the first render when the
// page opens in English and in the background otherwise (src/i18n/i18n.ts loadLanguage).
import common from '../../locales/en/common.json';
import explorer from '../../locales/en/explorer.json';
import exportTexts from '../../locales/en/export.json';
import present from '../../locales/en/present.json';
import reliability from '../../locales/en/reliability.json';

export const en = { common, reliability, export: exportTexts, present, explorer };
