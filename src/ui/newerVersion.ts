/**
 * Whether the server now has a different build of this page than the one running: after a new
 * deploy, an open page's lazily loaded files (named by their hashes) are gone. Compares the
 * page's entry script with the one in the page the server sends now.
 */
export async function isNewerVersionPublished(): Promise<boolean> {
  const running = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  if (!running) return false;
  try {
    const response = await fetch(window.location.href, { cache: 'no-store' });
    if (!response.ok) return false;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const src = page
      .querySelector<HTMLScriptElement>('script[type="module"][src]')
      ?.getAttribute('src');
    return src !== null && src !== undefined && new URL(src, window.location.href).href !== running;
  } catch {
    return false;
  }
}
