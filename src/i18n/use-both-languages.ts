import type { i18n as I18n } from 'i18next';
import { useEffect, useState } from 'react';
import { bothLanguagesReady } from './i18n';

/**
 * True once the texts of both languages are loaded (the page starts with its own; the other follows when idle).
 * A state flip rather than suspending with `use()`: a suspended first render made React retry the whole root
 * synchronously and report it as an error.
 */
export function useBothLanguages(instance: I18n): boolean {
  const [ready, setReady] = useState(() => bothLanguagesReady(instance) === undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void (bothLanguagesReady(instance) ?? Promise.resolve()).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [instance, ready]);
  return ready;
}
