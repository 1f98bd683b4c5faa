/** A rough width in pixels of a chart label at 13px: wide glyphs for CJK text, narrow ones for Latin. */
export function estimateTextWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 13 : 7.4;
  return width;
}
