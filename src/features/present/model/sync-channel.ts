import type { DeckSync, SyncMessage } from './sync-message';
import { parseSyncMessage } from './sync-message';

export const SYNC_CHANNEL = 'apac-dashboard-deck';

export interface SyncChannel {
  post: (state: DeckSync) => void;
  close: () => void;
}

/**
 * Keeps windows of the same origin in step: a BroadcastChannel where the browser has one, else window.postMessage
 * to the windows this one opened or was opened by (`peers`).
 */
export function openSyncChannel(
  id: string,
  onMessage: (message: SyncMessage) => void,
  peers: () => readonly (Window | null | undefined)[],
): SyncChannel {
  const receive = (data: unknown) => {
    const message = parseSyncMessage(data);
    if (message && message.from !== id) onMessage(message);
  };
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(SYNC_CHANNEL);
    channel.onmessage = (event: MessageEvent) => receive(event.data);
    return {
      post: (state) => channel.postMessage({ type: 'apac-deck-sync', from: id, ...state }),
      close: () => channel.close(),
    };
  }
  const onWindowMessage = (event: MessageEvent) => {
    if (event.origin === window.location.origin) receive(event.data);
  };
  window.addEventListener('message', onWindowMessage);
  return {
    post: (state) => {
      for (const peer of peers()) {
        if (peer && !peer.closed)
          peer.postMessage({ type: 'apac-deck-sync', from: id, ...state }, window.location.origin);
      }
    },
    close: () => window.removeEventListener('message', onWindowMessage),
  };
}
