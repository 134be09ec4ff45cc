/**
 * Where several visits' lines meet under the pointer, a click offers them to choose from: a small
 * list of buttons, built as DOM (text only) for a popup on the map. Keyboard: focus starts on the
 * first visit; Escape closes. Focusing or hovering a visit previews it on the map.
 */
export interface ChooserItem {
  id: number;
  label: string;
}

export interface ChooserActions {
  onPick(id: number): void;
  onPreview(id: number | null): void;
  onClose(): void;
}

export function createChooserElement(
  heading: string,
  items: readonly ChooserItem[],
  actions: ChooserActions,
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'route-chooser';
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', heading);
  const title = document.createElement('p');
  title.className = 'route-chooser__heading';
  title.textContent = heading;
  title.setAttribute('aria-hidden', 'true');
  const list = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = item.label;
    button.addEventListener('click', () => actions.onPick(item.id));
    button.addEventListener('focus', () => actions.onPreview(item.id));
    button.addEventListener('mouseenter', () => actions.onPreview(item.id));
    button.addEventListener('blur', () => actions.onPreview(null));
    button.addEventListener('mouseleave', () => actions.onPreview(null));
    li.append(button);
    list.append(li);
  }
  root.addEventListener('keydown', (event) => {
    // The map pans on arrow keys and zooms on +/-: inside the list they move between visits.
    if (event.key === 'Escape') {
      event.stopPropagation();
      actions.onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      const buttons = [...root.querySelectorAll('button')];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    } else if (event.key.startsWith('Arrow') || event.key === '+' || event.key === '-') {
      event.stopPropagation();
    }
  });
  root.append(title, list);
  return root;
}
