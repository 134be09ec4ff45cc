import type { ReactNode } from 'react';
import type { MessageId } from '../i18n/messages';
import { ModalDialog } from './ModalDialog';
import { useT } from './useT';

/**
 * Where a dialog whose code could not be loaded says so: a dialog of the same name, so that what
 * the reader opened does open, with the failure and Try again inside, and × to close it.
 */
export function dialogFailureFrame(heading: MessageId, closeLabel: MessageId) {
  return function DialogFailure({
    onClose,
    children,
  }: {
    onClose: () => void;
    children: ReactNode;
  }) {
    const { t } = useT();
    return (
      <ModalDialog
        className="failed-dialog"
        heading={t(heading)}
        closeLabel={t(closeLabel)}
        onClose={onClose}
      >
        {children}
      </ModalDialog>
    );
  };
}
