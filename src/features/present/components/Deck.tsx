import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Landscape } from '../../../lib/schema';
import type { DisplaySettings } from '../../../lib/settings';
import type { SlideId } from '../../../lib/url-state';
import { SLIDES } from '../../../lib/url-state';
import type { DeckController } from '../model/deck-controller';
import type { DeckMessage } from '../model/use-deck';
import { SLIDE_COMPONENTS } from '../slides/slide-registry';
import { SlideStage } from './SlideStage';

interface Props {
  data: Landscape;
  settings: DisplaySettings;
  slide: SlideId;
  controller: DeckController;
  message: DeckMessage | null;
  /** The theme control, composed by the app. */
  themeControl: ReactNode;
}

/**
 * The audience's deck: every slide is laid out (so that all of them print, one a page), the current one is shown.
 * Display only: what the keys and buttons do is the controller's.
 */
export function Deck({ data, settings, slide, controller, message, themeControl }: Props) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('present');
  const { number, total } = controller.position();
  return (
    <div className="deck">
      <main className="deck-stage" id="main" tabIndex={-1}>
        <h1 className="visually-hidden">
          {tp('deck.label')}: {t('app.title')}
        </h1>
        {SLIDES.map((id, i) => {
          const Slide = SLIDE_COMPONENTS[id];
          const current = id === slide;
          return (
            <section
              key={id}
              className="deck-slide"
              data-slide={id}
              data-current={current || undefined}
              aria-hidden={!current}
              inert={!current}
              aria-roledescription={tp('deck.label')}
              aria-label={tp('deck.slideLabel', { number: i + 1, total, title: tp(`slides.${id}`) })}
            >
              <SlideStage>
                {(chartScale) => <Slide data={data} settings={settings} chartScale={chartScale} />}
              </SlideStage>
            </section>
          );
        })}
      </main>
      <nav className="deck-bar" aria-label={tp('deck.label')}>
        <div className="deck-nav">
          <button
            type="button"
            className="deck-button"
            onClick={() => controller.perform('previous')}
            disabled={controller.isFirst()}
            aria-keyshortcuts="ArrowLeft PageUp"
          >
            <span aria-hidden="true">←</span>
            <span className="visually-hidden">{tp('deck.previous')}</span>
          </button>
          <p className="deck-counter" aria-live="polite">
            {tp('deck.counter', { number, total })}
            <span className="visually-hidden"> {tp(`slides.${slide}`)}</span>
          </p>
          <button
            type="button"
            className="deck-button"
            onClick={() => controller.perform('next')}
            disabled={controller.isLast()}
            aria-keyshortcuts="ArrowRight PageDown Space"
          >
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">{tp('deck.next')}</span>
          </button>
        </div>
        <p className="deck-hint" aria-hidden="true">
          {tp('deck.hint')}
        </p>
        {message && (
          <p className="deck-message" role="status">
            {tp(`deck.${message}`)}
          </p>
        )}
        <div className="deck-actions">
          {themeControl}
          <button
            type="button"
            className="deck-button"
            onClick={() => controller.perform('presenter')}
            aria-keyshortcuts="P"
          >
            {tp('deck.presenter')}
          </button>
          <button
            type="button"
            className="deck-button"
            onClick={() => controller.perform('fullscreen')}
            aria-keyshortcuts="F"
          >
            {tp('deck.fullscreen')}
          </button>
          <button
            type="button"
            className="deck-button"
            onClick={() => controller.perform('exit')}
            aria-keyshortcuts="Escape"
          >
            {tp('deck.exit')}
          </button>
        </div>
      </nav>
    </div>
  );
}
