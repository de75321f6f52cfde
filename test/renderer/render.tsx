import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createApiClient } from '../../shared/api/client';
import type { Transport } from '../../shared/api/transport';
import { ApiProvider } from '../../renderer/api/ApiProvider';
import { I18nProvider } from '../../renderer/i18n/I18nProvider';
import type { Language } from '../../renderer/i18n/language';

/** Renders UI inside the same providers main.tsx uses, over a test transport (outputs checked). */
export function renderWithProviders(ui: ReactNode, options: { transport?: Transport; language?: Language } = {}) {
  const transport: Transport = options.transport ?? {
    invoke: async () => {
      throw new Error('no transport in this test');
    },
    subscribe: () => () => undefined,
  };
  const client = createApiClient(transport, { checkOutputs: true });
  return render(
    <I18nProvider defaultLanguage={options.language}>
      <ApiProvider client={client}>{ui}</ApiProvider>
    </I18nProvider>,
  );
}
