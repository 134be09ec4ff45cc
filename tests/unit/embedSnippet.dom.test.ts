import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/app/embedSnippet';

describe('embedUrl', () => {
  it('is embed.html beside the full atlas, with the same view', () => {
    expect(
      embedUrl({
        origin: 'https://atlas.example',
        pathname: '/',
        search: '?year=1985&mission=kabul',
      }),
    ).toBe('https://atlas.example/embed.html?year=1985&mission=kabul');
    expect(
      embedUrl({ origin: 'https://example.org', pathname: '/atlas/index.html', search: '' }),
    ).toBe('https://example.org/atlas/embed.html');
  });
});

describe('embedSnippet', () => {
  it('is one iframe with the address, a title, a size and lazy loading', () => {
    const html = embedSnippet(
      'https://atlas.example/embed.html?year=1985&mission=kabul',
      'Atlas: 1985',
    );
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe(
      'https://atlas.example/embed.html?year=1985&mission=kabul',
    );
    expect(frame?.getAttribute('title')).toBe('Atlas: 1985');
    expect(frame?.getAttribute('loading')).toBe('lazy');
    expect(frame?.getAttribute('height')).toBe('480');
  });

  it('escapes what would end an attribute or start a tag', () => {
    const html = embedSnippet('https://a.example/embed.html?q="x"', 'Say "hi" <b>');
    expect(html).not.toContain('"hi"');
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe('Say "hi" <b>');
    expect(frame?.getAttribute('src')).toBe('https://a.example/embed.html?q="x"');
    expect(new DOMParser().parseFromString(html, 'text/html').querySelectorAll('b')).toHaveLength(
      0,
    );
  });
});
