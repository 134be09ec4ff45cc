import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ToolsMenu } from '../../src/app/ToolsMenu';

function renderMenu() {
  const onOpenChange = vi.fn();
  render(
    <>
      <ToolsMenu onOpenChange={onOpenChange}>
        <button type="button">Cite</button>
      </ToolsMenu>
      <button type="button">Outside</button>
    </>,
  );
  const menu = screen.getByRole('button', { name: 'Tools' });
  return { menu, onOpenChange };
}

describe('ToolsMenu', () => {
  it('a finger landing elsewhere leaves the list open; its click folds it', () => {
    const { menu, onOpenChange } = renderMenu();
    fireEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    const outside = screen.getByRole('button', { name: 'Outside' });
    // Folded as the finger lands, the map under the list would stop being inert before the
    // click that follows, and that click would choose the marker under the finger.
    fireEvent.pointerDown(outside);
    fireEvent.pointerUp(outside);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(outside);
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('a click inside the list keeps it open; Escape folds it with focus on its button', () => {
    const { menu } = renderMenu();
    fireEvent.click(menu);
    const cite = screen.getByRole('button', { name: 'Cite' });
    cite.focus();
    fireEvent.click(cite);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(cite, { key: 'Escape' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });
});
