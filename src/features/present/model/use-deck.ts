import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DisplayCurrency } from '../../../lib/convert';
import type { Lang } from '../../../lib/format';
import type { Mode, SlideId, Theme, ViewId } from '../../../lib/url-state';
import type { DeckAction } from './deck-controller';
import { SLIDE_VIEWS, createDeckController, nextCurrency, nextTheme, otherLanguage } from './deck-controller';
import type { SyncChannel } from './sync-channel';
import { openSyncChannel } from './sync-channel';
import type { DeckSync } from './sync-message';
import { syncPatch } from './sync-message';

export interface DeckPatch {
  slide?: SlideId;
  lang?: Lang;
  currency?: DisplayCurrency;
  theme?: Theme;
  mode?: Mode;
  view?: ViewId;
}

export type DeckMessage = 'fullscreenRefused' | 'popupBlocked';

const ALL: readonly DeckAction[] = [
  'next',
  'previous',
  'first',
  'last',
  'fullscreen',
  'exit',
  'language',
  'currency',
  'theme',
  'presenter',
];
/** The presenter's window moves the deck and its settings, but neither leaves nor opens itself. */
const PRESENTER: readonly DeckAction[] = [
  'next',
  'previous',
  'first',
  'last',
  'language',
  'currency',
  'theme',
];

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/**
 * Wires the deck controller to the page: keys, full screen, the presenter's window and the channel that keeps the
 * two windows in step. `presenterUrl` is the address of the presenter's window for the current state.
 */
export function useDeck({
  state,
  update,
  role,
  presenterUrl,
}: {
  state: DeckSync;
  update: (patch: DeckPatch) => void;
  role: 'deck' | 'presenter';
  presenterUrl: () => string;
}) {
  const [message, setMessage] = useState<DeckMessage | null>(null);
  const stateRef = useRef(state);
  const [presenterWindow, setPresenterWindow] = useState<Window | null>(null);
  const channel = useRef<SyncChannel | null>(null);
  // The state last received from the other window: not sent back, so that quick presses cannot ping-pong.
  const received = useRef<DeckSync | null>(null);
  const [windowId] = useState(() => `${role}-${Math.random().toString(36).slice(2)}`);

  useEffect(() => {
    stateRef.current = state;
  });

  const controller = useMemo(
    () =>
      createDeckController(
        () => state.slide,
        {
          goTo: (slide) => update({ slide }),
          toggleFullscreen: () => {
            if (document.fullscreenElement) {
              void document.exitFullscreen().catch(() => undefined);
              return;
            }
            const root = document.documentElement;
            if (typeof root.requestFullscreen !== 'function') {
              setMessage('fullscreenRefused');
              return;
            }
            root.requestFullscreen().then(
              () => setMessage(null),
              () => setMessage('fullscreenRefused'),
            );
          },
          exit: () => {
            if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
            update({ mode: 'dashboard', view: SLIDE_VIEWS[state.slide] });
          },
          switchLanguage: () => update({ lang: otherLanguage(state.lang) }),
          cycleCurrency: () => update({ currency: nextCurrency(state.currency) }),
          cycleTheme: () => update({ theme: nextTheme(state.theme) }),
          openPresenter: () => {
            const opened = window.open(
              presenterUrl(),
              'apac-dashboard-presenter',
              'popup,width=1280,height=800',
            );
            if (opened) {
              setPresenterWindow(opened);
              setMessage(null);
            } else setMessage('popupBlocked');
          },
        },
        role === 'deck' ? ALL : PRESENTER,
      ),
    [state, update, role, presenterUrl],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      // Space and Enter on a focused button press the button; only Space without focus on one moves on.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      if (controller.handleKey(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller]);

  useEffect(() => {
    const opener = (): Window | null => {
      try {
        return window.opener as Window | null;
      } catch {
        return null;
      }
    };
    const sync = openSyncChannel(
      windowId,
      (incoming) => {
        const patch = syncPatch(stateRef.current, incoming);
        received.current = incoming;
        if (Object.keys(patch).length > 0) update(patch);
      },
      () => [presenterWindow, opener()],
    );
    channel.current = sync;
    return () => {
      sync.close();
      channel.current = null;
    };
  }, [windowId, update, presenterWindow]);

  const { slide, lang, currency, theme } = state;
  const first = useRef(true);
  useEffect(() => {
    // The window's first state came from its URL: only changes are news to the other window.
    if (first.current) {
      first.current = false;
      return;
    }
    const last = received.current;
    if (
      last &&
      last.slide === slide &&
      last.lang === lang &&
      last.currency === currency &&
      last.theme === theme
    )
      return;
    channel.current?.post({ slide, lang, currency, theme });
  }, [slide, lang, currency, theme]);

  const dismiss = useCallback(() => setMessage(null), []);
  return { controller, message, dismiss };
}
