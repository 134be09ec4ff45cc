/**
 * Whether a WebGL renderer is a CPU rasterizer rather than a GPU: Chromium's SwiftShader (where the
 * GPU is missing or blocklisted), Mesa's llvmpipe and softpipe, Windows' WARP ("Microsoft Basic
 * Render Driver"), Apple's software renderer. Every pixel of every map frame is then drawn on the
 * CPU.
 */
const SOFTWARE =
  /swiftshader|llvmpipe|softpipe|basic render driver|software (rasterizer|renderer)/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer);
}

/** What Chromium and Safari answer for RENDERER, whatever draws: the real name is elsewhere. */
const MASKED = 'WebKit WebGL';

/**
 * The renderer's name: RENDERER where the browser tells it there (Firefox, which warns about the
 * extension), else WEBGL_debug_renderer_info (Chromium, Safari), else ''.
 */
export function rendererName(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const plain: unknown = gl.getParameter(gl.RENDERER);
  if (typeof plain === 'string' && plain !== '' && plain !== MASKED) return plain;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '';
  return typeof name === 'string' ? name : '';
}
