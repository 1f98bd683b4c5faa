// The browser side of chart export: copy a chart's SVG with its computed styles, measure text, and rasterize
// the assembled SVG to a PNG. The layout and assembly themselves are pure (export-svg.ts).
import type { ChartPanel, MeasureText } from './export-svg';
import { escapeXml } from './export-svg';

/** Inherited computed styles that decide how an SVG element looks, copied onto the clone as attributes. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  // A label's halo (the map's country names) is a stroke painted under the fill.
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
] as const;

/**
 * A chart's `<svg>` as markup of its children, with every CSS variable and class style resolved to concrete
 * values as presentation attributes (not `style`, which a Content-Security-Policy may forbid), so the copy looks
 * the same outside the page. A value is written where it differs from the parent's, which keeps the file small.
 */
export function serializeChart(svg: SVGSVGElement, title?: string): ChartPanel {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const drop: Element[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(original);
    computed.set(original, style);
    if (
      style.display === 'none' ||
      style.visibility === 'hidden' ||
      original.matches('.recharts-tooltip-cursor, title, desc')
    ) {
      drop.push(copy);
      return;
    }
    const parent =
      original === svg ? undefined : original.parentElement && computed.get(original.parentElement);
    for (const attribute of [...copy.attributes])
      if (attribute.value.includes('var(') || ['style', 'class', 'tabindex', 'role'].includes(attribute.name))
        copy.removeAttribute(attribute.name);
    for (const prop of INHERITED) {
      const value = style.getPropertyValue(prop);
      if (!parent || parent.getPropertyValue(prop) !== value || copy.hasAttribute(prop))
        copy.setAttribute(prop, value);
    }
    if (style.opacity !== '1') copy.setAttribute('opacity', style.opacity);
  });
  for (const element of drop) element.remove();
  const inner = new XMLSerializer()
    .serializeToString(clone)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '');
  // The root's own look (its children only note where they differ from it) goes on a group around them.
  const rootStyle = computed.get(svg)!;
  const rootAttributes = INHERITED.map((prop) => `${prop}="${escapeXml(rootStyle.getPropertyValue(prop))}"`);
  const group = `<g ${rootAttributes.join(' ')}>${inner}</g>`;
  // A chart drawn in its own units (the map's viewBox, scaled by CSS) or on its own background (the map's sea)
  // stays a nested SVG with that viewBox, clipped to it as on screen and drawn at its size on screen.
  const view = svg.viewBox.baseVal;
  const ownUnits =
    view &&
    view.width > 0 &&
    view.height > 0 &&
    (Math.abs(view.width - box.width) > 1 || Math.abs(view.height - box.height) > 1);
  const background = rootStyle.getPropertyValue('background-color');
  const painted = background && background !== 'transparent' && background !== 'rgba(0, 0, 0, 0)';
  const markup =
    ownUnits || painted
      ? `<svg x="0" y="0" width="${box.width}" height="${box.height}" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" overflow="hidden">${
          painted
            ? `<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="${escapeXml(background)}"/>`
            : ''
        }${group}</svg>`
      : group;
  return { ...(title ? { title } : {}), markup, width: box.width, height: box.height };
}

/** Measures text as a canvas draws it in `fontFamily`: close to what the SVG renderer will use. */
export function canvasMeasure(fontFamily: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size, weight) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${weight} ${size}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

/** Draws an SVG document on a canvas of `width` × `height` device pixels and encodes it as PNG. */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A colour that is painted: the first of the elements' computed values that is not transparent. */
export function paintedColor(
  property: 'color' | 'background-color',
  ...elements: (Element | null)[]
): string {
  for (const element of elements) {
    if (!element) continue;
    const value = getComputedStyle(element).getPropertyValue(property);
    if (value && value !== 'transparent' && value !== 'rgba(0, 0, 0, 0)') return value;
  }
  return property === 'color' ? 'black' : 'white';
}
