import type { ReactNode } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';

/** The slide's design size in CSS pixels at 1920×1080, less the deck's control bar. */
export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1016;
/** Chart type is this many times the dashboard's at the design size: 12 px ticks become about 26 px. */
const CHART_SCALE = 2.2;

function unitFor(width: number, height: number): number {
  return Math.max(0.1, Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT));
}

/**
 * Fits a slide of the design size into whatever room it has (the whole screen, or a preview in the presenter's
 * window) and scales its type with it: `--u` is one design pixel.
 */
export function SlideStage({
  className,
  children,
}: {
  className?: string;
  children: (chartScale: number, unit: number) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [unit, setUnit] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setUnit(unitFor(element.clientWidth, element.clientHeight));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={`slide-stage${className ? ` ${className}` : ''}`}>
      {unit > 0 && (
        <div
          className="slide-box"
          style={
            {
              '--u': `${unit}px`,
              // Printed, the box is zoomed to a 13.33 × 7.5 inch (1280 × 720 px) page, whatever the screen was.
              '--print-zoom': String(Math.min(1280 / DESIGN_WIDTH, 720 / DESIGN_HEIGHT) / unit),
              width: DESIGN_WIDTH * unit,
              height: DESIGN_HEIGHT * unit,
            } as React.CSSProperties
          }
        >
          {children(CHART_SCALE * unit, unit)}
        </div>
      )}
    </div>
  );
}
