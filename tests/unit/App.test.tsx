import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { realDataText } from './realData';
import { renderApp } from './renderApp';

const text = realDataText();

describe('App data loading', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn());
  });

  it('shows a loading state, then the missions', async () => {
    vi.mocked(fetch).mockResolvedValueOnce(new Response(text));
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(await screen.findByText('Embassy of Japan in Kabul')).toBeInTheDocument();
  });

  it.each([
    ['a missing file', () => new Response('', { status: 404 }), /missing/],
    ['a server error', () => new Response('', { status: 500 }), /HTTP 500/],
    ['truncated JSON', () => new Response(text.slice(0, 100)), /truncated/],
    ['schema-invalid JSON', () => new Response('{"missions": []}'), /expected format/],
  ])('shows an alert for %s and recovers on Retry', async (_name, failing, message) => {
    vi.mocked(fetch).mockResolvedValueOnce(failing()).mockResolvedValueOnce(new Response(text));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Embassy of Japan in Kabul')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('names the failing field paths for schema errors', async () => {
    vi.mocked(fetch).mockResolvedValueOnce(new Response('{"missions": []}'));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('meta:');
    expect(alert).toHaveTextContent('missions:');
  });
});
