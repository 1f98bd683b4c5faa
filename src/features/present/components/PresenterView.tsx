import type { ReactNode } from 'react';
import { useEffect, useReducer, useState } from 'react';
import { useBothLanguages } from '../../../i18n/use-both-languages';
import { useTranslation } from 'react-i18next';
import type { Landscape } from '../../../lib/schema';
import type { DisplaySettings } from '../../../lib/settings';
import type { SlideId } from '../../../lib/url-state';
import type { DeckController } from '../model/deck-controller';
import { nextSlideOf } from '../model/deck-controller';
import type { TimerState } from '../model/timer';
import { TIMER_RESET, elapsedMs, formatElapsed, pauseTimer, startTimer } from '../model/timer';
import { SLIDE_COMPONENTS } from '../slides/slide-registry';
import { SlideStage } from './SlideStage';

type TimerAction = { type: 'start' | 'pause'; now: number } | { type: 'reset' };

function timerReducer(state: TimerState, action: TimerAction): TimerState {
  if (action.type === 'start') return startTimer(state, action.now);
  if (action.type === 'pause') return pauseTimer(state, action.now);
  return TIMER_RESET;
}

function Preview({ slide, data, settings }: { slide: SlideId; data: Landscape; settings: DisplaySettings }) {
  const Slide = SLIDE_COMPONENTS[slide];
  return (
    <SlideStage className="presenter-preview">
      {(chartScale) => <Slide data={data} settings={settings} chartScale={chartScale} />}
    </SlideStage>
  );
}

/** The presenter's window: the slide on screen, the next one, notes in both languages and a stopwatch. */
export function PresenterView({
  data,
  settings,
  slide,
  controller,
  controls,
}: {
  data: Landscape;
  settings: DisplaySettings;
  slide: SlideId;
  controller: DeckController;
  /** Language, currency and theme controls, composed by the app. */
  controls: ReactNode;
}) {
  const { t, i18n } = useTranslation('present');
  // The notes are shown in both languages.
  const bothLanguages = useBothLanguages(i18n);
  const [timer, dispatch] = useReducer(timerReducer, TIMER_RESET);
  const [now, setNow] = useState(() => Date.now());
  const running = timer.startedAt !== null;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(id);
  }, [running]);
  const next = nextSlideOf(slide);
  const { number, total } = controller.position();
  const en = i18n.getFixedT('en', 'present');
  const ja = i18n.getFixedT('ja', 'present');

  return (
    <div className="presenter">
      <header className="presenter-header">
        <h1>{t('presenter.title')}</h1>
        <p className="presenter-counter" aria-live="polite">
          {t('deck.counter', { number, total })} · {t(`slides.${slide}`)}
        </p>
        <div className="presenter-nav">
          <button
            type="button"
            className="deck-button"
            onClick={() => controller.perform('previous')}
            disabled={controller.isFirst()}
          >
            ← {t('deck.previous')}
          </button>
          <button
            type="button"
            className="deck-button"
            onClick={() => controller.perform('next')}
            disabled={controller.isLast()}
          >
            {t('deck.next')} →
          </button>
        </div>
      </header>
      <main id="main" className="presenter-main" tabIndex={-1}>
        <section className="presenter-current" aria-label={t('presenter.current')}>
          <h2 className="presenter-label">{t('presenter.current')}</h2>
          <Preview slide={slide} data={data} settings={settings} />
        </section>
        <section className="presenter-next" aria-label={t('presenter.next')}>
          <h2 className="presenter-label">
            {t('presenter.next')}
            {next ? ` · ${t(`slides.${next}`)}` : ''}
          </h2>
          {next ? (
            <Preview slide={next} data={data} settings={settings} />
          ) : (
            <p className="presenter-end">{t('presenter.end')}</p>
          )}
        </section>
        <div className="presenter-side">
          <section className="presenter-timer" aria-label={t('presenter.elapsed')}>
            <h2 className="presenter-label">{t('presenter.elapsed')}</h2>
            <p className="presenter-time" role="timer">
              {formatElapsed(elapsedMs(timer, running ? now : 0))}
            </p>
            <div className="presenter-timer-buttons">
              <button
                type="button"
                className="deck-button"
                onClick={() => {
                  const at = Date.now();
                  setNow(at);
                  dispatch({ type: running ? 'pause' : 'start', now: at });
                }}
              >
                {running ? t('presenter.pause') : t('presenter.start')}
              </button>
              <button type="button" className="deck-button" onClick={() => dispatch({ type: 'reset' })}>
                {t('presenter.reset')}
              </button>
            </div>
          </section>
          {controls}
          <p className="presenter-synced">{t('presenter.synced')}</p>
        </div>
        <section className="presenter-notes" aria-label={t('presenter.notes')}>
          <h2 className="presenter-label">{t('presenter.notes')}</h2>
          {bothLanguages ? (
            <>
              <p lang="en">{en(`notes.${slide}`)}</p>
              <p lang="ja">{ja(`notes.${slide}`)}</p>
            </>
          ) : (
            <p className="presenter-loading">{t('presenter.loadingNotes')}</p>
          )}
        </section>
      </main>
    </div>
  );
}
