// Every interface text in Japanese, one namespace a file: a chunk of its own, loaded before the first render when the
// page opens in Japanese and in the background otherwise (src/i18n/i18n.ts loadLanguage).
import common from '../../locales/ja/common.json';
import explorer from '../../locales/ja/explorer.json';
import exportTexts from '../../locales/ja/export.json';
import present from '../../locales/ja/present.json';
import reliability from '../../locales/ja/reliability.json';

export const ja = { common, reliability, export: exportTexts, present, explorer };
