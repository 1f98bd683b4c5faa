import type { ComponentType } from 'react';
import type { SlideId } from '../../../lib/url-state';
import type { SlideProps } from './slide-props';
import { ApacSlide } from './ApacSlide';
import { CompareSlide } from './CompareSlide';
import { HeadlineSlide } from './HeadlineSlide';
import { JapanSlide } from './JapanSlide';
import { SourcesSlide } from './SourcesSlide';
import { TimelineSlide } from './TimelineSlide';

/** Each slide's content, drawn from the dashboard's data with the shared charts. */
export const SLIDE_COMPONENTS: Record<SlideId, ComponentType<SlideProps>> = {
  headline: HeadlineSlide,
  compare: CompareSlide,
  japan: JapanSlide,
  apac: ApacSlide,
  timeline: TimelineSlide,
  sources: SourcesSlide,
};
