/** An image the style names that is drawn in code rather than loaded, so no image file ships. */
export interface CodeImage {
  width: number;
  height: number;
  /** RGBA, not premultiplied. */
  data: Uint8Array;
  pixelRatio: number;
}
