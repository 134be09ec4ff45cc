import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadingNotice } from '../../src/app/DataNotices';

describe('LoadingNotice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says it is loading, and only after the slow threshold offers a Retry in an alert', () => {
    render(<LoadingNotice slowAfterMs={8000} onRetry={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the relations data');
    act(() => vi.advanceTimersByTime(7999));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('alert')).toHaveTextContent('longer than 8 seconds');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the relations data');
  });

  it('Retry asks for a fresh request and starts the slow timer again', () => {
    const onRetry = vi.fn();
    render(<LoadingNotice slowAfterMs={5000} onRetry={onRetry} />);
    act(() => vi.advanceTimersByTime(5000));
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => vi.advanceTimersByTime(4999));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
