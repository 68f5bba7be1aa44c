import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../ErrorSummary.js';
import { Alert, Paragraph } from '../nlds/index.js';
import type { KaderWijziging } from './useKaderWijziging.js';

/**
 * What became of a form's last attempt: "saved", or what is wrong, linked to the fields. It
 * takes focus, so that a screen reader reads it at once.
 */
export function WijzigingMelding({
  wijziging,
  fieldId,
}: {
  wijziging: KaderWijziging;
  /** The id of a form field, to link a problem to it; problems without a field link nowhere. */
  fieldId: (field: string) => string;
}) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const ok = useRef<HTMLDivElement>(null);
  const { problems, general, saved, attempt } = wijziging;

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (saved !== null) ok.current?.focus();
  }, [saved]);

  if (saved !== null) {
    return (
      <Alert type="ok" role="status" ref={ok} tabIndex={-1}>
        <Paragraph>{t('kader.gemeente.opgeslagen', { revisie: saved })}</Paragraph>
      </Alert>
    );
  }
  if (!problems.length && !general) return null;
  const unplaced = problems.filter((p) => p.field === null).map((p) => p.message);
  // One entry per field: the summary links to fields, and a field has one message.
  const placed = problems.filter(
    (p, i) => p.field !== null && problems.findIndex((q) => q.field === p.field) === i,
  );
  const detail = [general, ...unplaced].filter(Boolean).join(' ');
  return (
    <ErrorSummary
      ref={summary}
      title={t('kader.gemeente.foutTitel')}
      detail={detail || undefined}
      fields={placed.map((p) => ({ fieldId: fieldId(p.field!), message: p.message }))}
    />
  );
}
