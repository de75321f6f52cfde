import { useCallback, useMemo, useRef, useState } from 'react';
import type { OfficerEditResult } from '../../../shared/api/officer-edit';
import { AppError } from '../../../shared/api/errors';
import type { Message } from '../../../shared/domain';
import { useApiQuery } from '../../api/useApiQuery';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { editNotice } from './edit-notice';
import { OfficerForm } from './OfficerForm';
import { OfficerTable } from './OfficerTable';
import { useOfficerEdits, type OfficerNotice } from './useOfficerEdits';

export interface OfficersScreenProps {
  /** After a stored change: the day screen reads its roster and plans again (the board shows new flags). */
  onChanged(): Promise<void> | void;
}

/** The officers screen: the roster on the left, the selected officer's edit form beside it. */
export function OfficersScreen({ onChanged }: OfficersScreenProps) {
  const { t, language } = useT();
  const officers = useApiQuery('officers.list', {});
  const [chosenId, setChosenId] = useState<string | null>(null);
  const list = officers.data ?? [];
  const selected = list.find((o) => o.id === chosenId) ?? list[0] ?? null;
  const firstField = useRef<HTMLInputElement>(null);

  const { patch } = officers;
  const afterChange = useCallback(
    async (result: OfficerEditResult) => {
      patch((current) => current.map((o) => (o.id === result.officer.id ? result.officer : o)));
      await onChanged();
    },
    [patch, onChanged],
  );
  const edits = useOfficerEdits(afterChange);
  const problems = useMemo(() => fieldProblems(edits.error), [edits.error]);
  const refusal =
    edits.error instanceof AppError ? pickMessage(edits.error.userMessage, language) : edits.error ? t('error.unknown') : null;

  const focusRow = () => document.querySelector<HTMLElement>(`.officer-table tr[data-officer-id="${selected?.id}"]`)?.focus();

  return (
    <main className="officers-screen" aria-labelledby="officers-title">
      <div className="panel officers-screen__list">
        <div className="panel__head">
          <h2 id="officers-title">{t('officers.title')}</h2>
          <button
            type="button"
            onClick={() => void edits.undo()}
            disabled={!edits.canUndo || edits.isBusy}
            title={t('officers.undoHint')}
            aria-keyshortcuts="Control+Z"
          >
            {t('officers.undo')}
          </button>
        </div>
        <p className="notice" role="status" aria-live="polite">
          {edits.notice ? noticeText(edits.notice, t, language) : ''}
        </p>
        {officers.data === undefined && <p className="muted">{t('officers.loading')}</p>}
        {officers.data !== undefined && list.length === 0 && <p className="muted">{t('officers.empty')}</p>}
        {list.length > 0 && (
          <OfficerTable
            officers={list}
            selectedId={selected?.id ?? null}
            onSelect={(id) => {
              if (id !== selected?.id) edits.dismiss();
              setChosenId(id);
            }}
            onEdit={(id) => {
              setChosenId(id);
              requestAnimationFrame(() => firstField.current?.focus());
            }}
          />
        )}
      </div>
      <div className="panel officers-screen__form">
        {refusal && (
          <p className="error-banner" role="alert">
            {refusal}
          </p>
        )}
        {selected ? (
          <OfficerForm
            key={selected.id}
            officer={selected}
            isBusy={edits.isBusy}
            problems={problems}
            firstFieldRef={firstField}
            onSave={(changes) => void edits.save(selected.id, selected.name, changes)}
            onDiscard={focusRow}
          />
        ) : (
          <p className="muted">{t('officers.form.pick')}</p>
        )}
      </div>
    </main>
  );
}

function noticeText(notice: OfficerNotice, t: ReturnType<typeof useT>['t'], language: ReturnType<typeof useT>['language']): string {
  if (notice.kind === 'unchanged') return t('officers.unchanged', { name: notice.name });
  return editNotice(notice.result, notice.kind, t, language);
}

/** The refused fields of an officer edit, from the refusal's details. */
function fieldProblems(error: unknown): Map<string, Message> {
  if (!(error instanceof AppError)) return new Map();
  const fields = (error.details as { fields?: { field: string; message: Message }[] } | undefined)?.fields ?? [];
  return new Map(fields.map((f) => [f.field, f.message]));
}
