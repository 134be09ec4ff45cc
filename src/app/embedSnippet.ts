/** The `<iframe>` code that shows a view of the atlas in another site's page. */

/** embed.html at the same view: same origin and folder as the full atlas, same query. */
export function embedUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  const folder = location.pathname.replace(/[^/]*$/, '');
  return `${location.origin}${folder}embed.html${location.search}`;
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * A frame named for screen readers (`title`), as wide as the article's column up to a size the
 * compact view fills well, 480 px tall, loaded only when the reader scrolls near it.
 */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="480" style="border:0;max-width:960px" loading="lazy"></iframe>`
  );
}
