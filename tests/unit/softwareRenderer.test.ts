import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer, rendererName } from '../../src/map/softwareRenderer';

describe('isSoftwareRenderer', () => {
  it.each([
    // This machine's headless Chromium (WEBGL_debug_renderer_info, read 2026-12-01).
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'ANGLE (Mesa, llvmpipe (LLVM 15.0.7 256 bits), OpenGL 4.5)',
    'softpipe',
    'Apple Software Renderer',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  ])('names %s a CPU rasterizer', (name) => {
    expect(isSoftwareRenderer(name)).toBe(true);
  });

  it.each([
    'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
    'Apple GPU',
    'Adreno (TM) 640',
    'Mali-G78',
    '',
  ])('does not name %s one', (name) => {
    expect(isSoftwareRenderer(name)).toBe(false);
  });
});

describe('rendererName', () => {
  /** A context that answers RENDERER and, if given, the debug extension. */
  const context = (renderer: string, unmasked?: string) => {
    const asked: string[] = [];
    const info = { UNMASKED_RENDERER_WEBGL: 0x9246 };
    const gl = {
      RENDERER: 0x1f01,
      getParameter: (p: number) => (p === 0x1f01 ? renderer : p === 0x9246 ? unmasked : null),
      getExtension: (name: string) => {
        asked.push(name);
        return unmasked === undefined ? null : info;
      },
    } as unknown as WebGL2RenderingContext;
    return { gl, asked };
  };

  it('reads the debug extension where RENDERER is masked (Chromium, Safari)', () => {
    const { gl } = context('WebKit WebGL', 'ANGLE (Google, SwiftShader driver)');
    expect(rendererName(gl)).toBe('ANGLE (Google, SwiftShader driver)');
  });

  it('takes RENDERER where it names the renderer (Firefox), without asking the extension', () => {
    const { gl, asked } = context('llvmpipe, or similar', 'unused');
    expect(rendererName(gl)).toBe('llvmpipe, or similar');
    expect(asked).toEqual([]);
  });

  it('is empty where neither tells', () => {
    expect(rendererName(context('WebKit WebGL').gl)).toBe('');
  });
});
