import type { Landscape } from '../../../lib/schema';
import type { DisplaySettings } from '../../../lib/settings';

/** What a slide receives: the data, the display settings and how much larger than the dashboard to draw charts. */
export interface SlideProps {
  data: Landscape;
  settings: DisplaySettings;
  /** Chart type scale: about 2 at 1920×1080, so that chart labels reach 24 px there. */
  chartScale: number;
}
