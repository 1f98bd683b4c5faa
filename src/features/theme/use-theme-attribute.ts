import { useLayoutEffect } from 'react';
import type { Theme } from '../../lib/url-state';

/** Puts the theme on <html data-theme>, where the CSS variables of each theme hang, before the page paints. */
export function useThemeAttribute(theme: Theme) {
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
