import type { ReactNode } from 'react';
import type { Transport } from '../../shared/api/transport';
import type { Language } from '../../renderer/i18n/language';
import type { DropTarget } from '../../renderer/state/drag-controller';
import { DragProvider } from '../../renderer/state/DragProvider';
import { SelectionProvider } from '../../renderer/state/SelectionProvider';
import { createSelectionStore, type SelectionStore } from '../../renderer/state/selection-store';
import { renderWithProviders } from './render';

/** Renders a piece of the board with its shared selection (returned, to read and set) and drag layer. */
export function renderOnBoard(
  ui: ReactNode,
  options: {
    transport?: Transport;
    language?: Language;
    onDrop?: (visitId: string, target: DropTarget) => void;
  } = {},
): ReturnType<typeof renderWithProviders> & { selection: SelectionStore } {
  const selection = createSelectionStore();
  const result = renderWithProviders(
    <SelectionProvider store={selection}>
      <DragProvider onDrop={options.onDrop ?? (() => undefined)}>{ui}</DragProvider>
    </SelectionProvider>,
    { transport: options.transport, language: options.language },
  );
  return { ...result, selection };
}
