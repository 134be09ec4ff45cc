import { describe, expect, it, vi } from 'vitest';
import { createChooserElement } from '../../src/map/routeChooser';

const items = [
  { id: 4, label: 'Taliban delegation visits Tokyo, 16 February 2025 (Kabul → Tokyo)' },
  {
    id: 2,
    label: 'State visit of King Zahir Shah and Queen Humaira, 9–15 April 1969 (Kabul → Tokyo)',
  },
];

function setup() {
  const actions = { onPick: vi.fn(), onPreview: vi.fn(), onClose: vi.fn() };
  const element = createChooserElement('Visits here: choose one', items, actions);
  document.body.append(element);
  const buttons = [...element.querySelectorAll('button')];
  return { element, buttons, actions };
}

describe('the chooser offered where visits overlap', () => {
  it('is a named group with one button per visit, labelled in words', () => {
    const { element, buttons } = setup();
    expect(element.getAttribute('role')).toBe('group');
    expect(element.getAttribute('aria-label')).toMatch(/Visits here/);
    expect(buttons.map((b) => b.textContent)).toEqual(items.map((i) => i.label));
    element.remove();
  });

  it('picks a visit on click and previews it while focused', () => {
    const { element, buttons, actions } = setup();
    buttons[1]?.focus();
    expect(actions.onPreview).toHaveBeenLastCalledWith(2);
    buttons[1]?.click();
    expect(actions.onPick).toHaveBeenCalledWith(2);
    buttons[1]?.blur();
    expect(actions.onPreview).toHaveBeenLastCalledWith(null);
    element.remove();
  });

  it('moves between visits with the arrow keys, which never reach the map, and closes on Escape', () => {
    const { element, buttons, actions } = setup();
    const reachedMap = vi.fn();
    document.body.addEventListener('keydown', reachedMap);
    buttons[0]?.focus();
    buttons[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(buttons[0]);
    buttons[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.onClose).toHaveBeenCalled();
    expect(reachedMap).not.toHaveBeenCalled();
    document.body.removeEventListener('keydown', reachedMap);
    element.remove();
  });
});
