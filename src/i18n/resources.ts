import { en } from './locale-en';
import { ja } from './locale-ja';

// Both languages at once, for tests and the typed keys (i18next.d.ts). The app itself loads one language before its
// first render and the other in the background (i18n.ts startI18n), so the first view carries only the one it shows.
// A new namespace goes into locale-en.ts and locale-ja.ts, and into the `ns` list in i18n.ts.
export const resources = { en, ja } as const;
