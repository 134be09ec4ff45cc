/**
 * Whether a WebGL renderer is a CPU rasterizer rather than a GPU: Chromium's SwiftShader (where the
 * GPU is missing or blocklisted), Mesa's llvmpipe and softpipe, Windows' WARP ("Microsoft Basic
 * Render Driver"). Every pixel of every map frame is then drawn on the CPU.
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|basic render driver|software rasterizer/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer);
}

/** The renderer's own name where the browser tells it (WEBGL_debug_renderer_info), else ''. */
export function rendererName(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '';
  return typeof name === 'string' ? name : '';
}
