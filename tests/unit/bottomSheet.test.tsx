import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { BottomSheet, swipedState, type SheetState } from '../../src/app/BottomSheet';
import { useSheetState } from '../../src/app/useSheetState';
import { useAtlasStore } from '../../src/state/store';

function Sheet({ escapeFolds = true }: { escapeFolds?: boolean }) {
  const [state, setState] = useState<SheetState>('collapsed');
  return (
    <BottomSheet
      label="Missions and chronology"
      state={state}
      onChange={setState}
      escapeFolds={escapeFolds}
    >
      <button type="button">Inside</button>
    </BottomSheet>
  );
}

describe('swipedState', () => {
  it('moves one step per swipe and stops at either end', () => {
    expect(swipedState('collapsed', -1)).toBe('half');
    expect(swipedState('half', -1)).toBe('full');
    expect(swipedState('full', -1)).toBe('full');
    expect(swipedState('full', 1)).toBe('half');
    expect(swipedState('half', 1)).toBe('collapsed');
    expect(swipedState('collapsed', 1)).toBe('collapsed');
  });
});

describe('BottomSheet', () => {
  it('opens and folds from its bar, expands and shrinks from its second button', () => {
    render(<Sheet />);
    const handle = screen.getByRole('button', { name: 'Missions and chronology' });
    expect(handle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Inside' })).toBeNull();
    fireEvent.click(handle);
    expect(handle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Inside' })).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Expand the panel to the full screen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Shrink the panel to half the screen' }));
    fireEvent.click(handle);
    expect(handle).toHaveAttribute('aria-expanded', 'false');
  });

  it('swipes: up opens, and the click that ends the swipe does not fold it again', () => {
    const { container } = render(<Sheet />);
    const bar = container.querySelector('.sheet__bar');
    if (!bar) throw new Error('no bar');
    fireEvent.pointerDown(bar, { clientY: 300 });
    fireEvent.pointerUp(bar, { clientY: 200 });
    fireEvent.click(screen.getByRole('button', { name: 'Missions and chronology' }));
    expect(container.querySelector('.sheet')).toHaveAttribute('data-state', 'half');
  });

  it('folds on Escape and gives focus to its bar, unless a panel in it takes Escape', () => {
    const { unmount } = render(<Sheet />);
    fireEvent.click(screen.getByRole('button', { name: 'Missions and chronology' }));
    const inside = screen.getByRole('button', { name: 'Inside' });
    inside.focus();
    fireEvent.keyDown(inside, { key: 'Escape' });
    const handle = screen.getByRole('button', { name: 'Missions and chronology' });
    expect(handle).toHaveAttribute('aria-expanded', 'false');
    expect(handle).toHaveFocus();
    unmount();
    render(<Sheet escapeFolds={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Missions and chronology' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Inside' }), { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Missions and chronology' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('useSheetState', () => {
  it('opens on a selection and goes back to how it was when the selection closes', () => {
    useAtlasStore.setState({ missionId: null, eventId: null });
    const { result } = renderHook(() => useSheetState());
    expect(result.current[0]).toBe('collapsed');
    act(() => useAtlasStore.setState({ missionId: 'kabul' }));
    expect(result.current[0]).toBe('half');
    act(() => useAtlasStore.setState({ missionId: null }));
    expect(result.current[0]).toBe('collapsed');
    // Opened by the reader first: closing the selection leaves it open.
    act(() => result.current[1]('full'));
    act(() => useAtlasStore.setState({ eventId: '1930-treaty-of-friendship-signed' }));
    expect(result.current[0]).toBe('full');
    act(() => useAtlasStore.setState({ eventId: null }));
    expect(result.current[0]).toBe('full');
  });
});
