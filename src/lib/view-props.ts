import type { Landscape } from './schema';
import type { DisplaySettings } from './settings';
import type { Filters, ViewId } from './url-state';

/** What every view receives from the app: the validated data and the display settings. */
export interface ViewProps {
  data: Landscape;
  settings: DisplaySettings;
  /** Opens another view (views link to each other; the app owns navigation). */
  onNavigate?: (view: ViewId) => void;
  /** True when filters narrow `data`; a view that comes up empty says so and offers `onResetFilters`. */
  filtersActive?: boolean;
  /** The filters in force (the data is already narrowed by them); `crossBorder` changes how totals count. */
  filters?: Filters;
  onResetFilters?: () => void;
}
