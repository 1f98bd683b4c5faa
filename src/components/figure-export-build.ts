// Builds the files of FigureExport's menu; loaded on the first export, so the page does not carry it.
import { toCsv } from '../lib/csv';
import { csvBlob } from '../lib/download';
import { canvasMeasure, paintedColor, serializeChart, svgToPng } from '../lib/export-image';
import type { TextBlock } from '../lib/export-svg';
import { composeExportSvg, layoutExport, pngScale, pngSize } from '../lib/export-svg';
import type { FigureExportProps } from './FigureExport';

/** The figure assembled as an SVG document: title and subtitles, its charts, notes and source line. */
async function buildExport(figure: HTMLElement, props: FigureExportProps) {
  const titleElement = figure.querySelector('.figure-title, .view-title');
  const mutedElement = figure.querySelector('.figure-subtitle, .lede') ?? titleElement;
  const fontFamily = getComputedStyle(figure).fontFamily;
  const measure = canvasMeasure(fontFamily);
  const panels = props.panels
    ? await props.panels(figure, measure)
    : [...figure.querySelectorAll<SVGSVGElement>('.chart svg.recharts-surface')].map((svg) =>
        serializeChart(
          svg,
          figure.querySelectorAll('.figure-panel').length > 1
            ? (svg.closest('.figure-panel')?.querySelector('.panel-title')?.textContent ?? undefined)
            : undefined,
        ),
      );
  if (panels.length === 0) throw new Error('no chart to export');
  const header: TextBlock[] = [
    { text: props.title, size: 22, weight: 700, tone: 'text' },
    ...props.subtitles.map((text, i) => ({
      text,
      size: 14,
      weight: 400,
      tone: 'muted' as const,
      ...(i === 0 ? { gapBefore: 4 } : {}),
    })),
  ];
  const footer: TextBlock[] = [
    ...(props.notes ?? []).map((text) => ({ text, size: 12, weight: 400, tone: 'muted' as const })),
    { text: props.sourceLine, size: 12, weight: 400, tone: 'muted', gapBefore: 6 },
    ...(props.asOfLine ? [{ text: props.asOfLine, size: 12, weight: 400, tone: 'muted' as const }] : []),
  ];
  const layout = layoutExport(header, panels, footer, measure);
  const style = {
    background: paintedColor('background-color', figure, document.body, document.documentElement),
    text: paintedColor('color', titleElement, figure),
    muted: paintedColor('color', mutedElement, figure),
    fontFamily,
    lang: document.documentElement.lang || 'en',
    title: props.title,
  };
  return { layout, style };
}

export async function buildPng(figure: HTMLElement, props: FigureExportProps): Promise<Blob> {
  const { layout, style } = await buildExport(figure, props);
  const size = pngSize(
    layout.width,
    layout.height,
    pngScale(layout.width, layout.height, window.devicePixelRatio),
  );
  return svgToPng(composeExportSvg(layout, style, size), size.width, size.height);
}

/** The figure as an SVG file. */
export async function buildSvg(figure: HTMLElement, props: FigureExportProps): Promise<Blob> {
  const { layout, style } = await buildExport(figure, props);
  return new Blob([composeExportSvg(layout, style)], { type: 'image/svg+xml;charset=utf-8' });
}

/** The chart's rows as a CSV file (with the byte-order mark spreadsheets need). */
export function buildCsv(rows: readonly (readonly (string | number)[])[]): Blob {
  return csvBlob(toCsv(rows));
}
