import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch } from '../../contracts/imports.js';
import { formatDateTime, formatList, formatNumber } from '../format.js';
import { useLanguage } from '../i18n/index.js';
import { useImportBatches, useRollbackBatch } from '../queries.js';
import { ErrorMessage } from './ErrorMessage.js';
import { errorText } from './errorText.js';
import { Loading } from './Loading.js';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from './nlds/index.js';

type Outcome = { kind: 'ok'; batch: Batch } | { kind: 'error'; batchId: number; error: unknown };

type FocusTarget = { kind: 'confirm' } | { kind: 'outcome' } | { kind: 'row'; batchId: number };

const rollbackButtonId = (batchId: number) => `terugdraaien-${batchId}`;

/** The import batches, newest first; an active one can be rolled back after confirming. */
export function ImportBatches() {
  const { t } = useTranslation();
  const batches = useImportBatches();
  const rollback = useRollbackBatch();
  const [confirming, setConfirming] = useState<Batch | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusTarget | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const outcomeAlert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.kind === 'confirm') confirmHeading.current?.focus();
    else if (focusRequest.kind === 'outcome') outcomeAlert.current?.focus();
    else document.getElementById(rollbackButtonId(focusRequest.batchId))?.focus();
  }, [focusRequest]);

  function ask(batch: Batch) {
    setOutcome(null);
    setConfirming(batch);
    setFocusRequest({ kind: 'confirm' });
  }

  function cancel() {
    if (!confirming) return;
    const batchId = confirming.id;
    setConfirming(null);
    setFocusRequest({ kind: 'row', batchId });
  }

  function confirm() {
    if (!confirming) return;
    const batchId = confirming.id;
    rollback.mutate(batchId, {
      onSuccess: (batch) => setOutcome({ kind: 'ok', batch }),
      onError: (error) => setOutcome({ kind: 'error', batchId, error }),
      onSettled: () => {
        setConfirming(null);
        setFocusRequest({ kind: 'outcome' });
      },
    });
  }

  return (
    <section aria-labelledby="import-batches" className="kk-import-batches">
      <Heading level={2} id="import-batches">
        {t('imports.batches.title')}
      </Heading>
      <Paragraph>{t('imports.batches.lead')}</Paragraph>
      {outcome?.kind === 'ok' && (
        <Alert type="ok" role="status" ref={outcomeAlert} tabIndex={-1}>
          <Paragraph>{t('imports.batches.rolledBack', { batch: outcome.batch.id })}</Paragraph>
        </Alert>
      )}
      {outcome?.kind === 'error' && (
        <Alert type="error" role="alert" ref={outcomeAlert} tabIndex={-1}>
          <Heading level={3}>
            {t('imports.batches.rollbackFailed', { batch: outcome.batchId })}
          </Heading>
          <Paragraph>{errorText(outcome.error, t)}</Paragraph>
        </Alert>
      )}
      {confirming && (
        <ConfirmRollback
          batch={confirming}
          headingRef={confirmHeading}
          busy={rollback.isPending}
          onConfirm={confirm}
          onCancel={cancel}
        />
      )}
      {batches.isPending && <Loading />}
      {batches.isError && <ErrorMessage error={batches.error} />}
      {batches.data && batches.data.items.length === 0 && (
        <Paragraph>{t('imports.batches.empty')}</Paragraph>
      )}
      {batches.data && batches.data.items.length > 0 && (
        <Table caption={t('imports.batches.caption')} scrollLabel={t('imports.batches.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell numeric>{t('imports.batches.columns.nummer')}</TableHeaderCell>
              <TableHeaderCell>{t('imports.batches.columns.soort')}</TableHeaderCell>
              <TableHeaderCell>{t('imports.batches.columns.bestand')}</TableHeaderCell>
              <TableHeaderCell>{t('imports.batches.columns.door')}</TableHeaderCell>
              <TableHeaderCell>{t('imports.batches.columns.tijdstip')}</TableHeaderCell>
              <TableHeaderCell>{t('imports.batches.columns.aantallen')}</TableHeaderCell>
              <TableHeaderCell>{t('imports.batches.columns.status')}</TableHeaderCell>
              <TableHeaderCell>
                <span className="kk-visually-hidden">{t('imports.batches.columns.actie')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {batches.data.items.map((batch) => (
              <BatchRow
                key={batch.id}
                batch={batch}
                disabled={rollback.isPending}
                onRollback={() => ask(batch)}
              />
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

interface ConfirmRollbackProps {
  batch: Batch;
  headingRef: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Rolling back cannot be undone, so it is asked once more, in the page itself. */
function ConfirmRollback({ batch, headingRef, busy, onConfirm, onCancel }: ConfirmRollbackProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="terugdraaien-bevestigen" className="kk-confirm">
      <Heading level={3} id="terugdraaien-bevestigen" ref={headingRef} tabIndex={-1}>
        {t('imports.batches.confirm.title', { batch: batch.id })}
      </Heading>
      <Paragraph>{t('imports.batches.confirm.text', { bestand: batch.bestandsnaam })}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action" busy={busy} onClick={onConfirm}>
          {busy ? t('imports.batches.confirm.busy') : t('imports.batches.confirm.yes')}
        </Button>
        <Button appearance="secondary-action" onClick={onCancel} disabled={busy}>
          {t('imports.batches.confirm.no')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

const COUNT_KEYS = [
  'nieuw',
  'bijgewerkt',
  'aanwezig',
  'overgeslagen',
  'fouten',
  'waarschuwingen',
] as const;

function BatchRow({
  batch,
  disabled,
  onRollback,
}: {
  batch: Batch;
  disabled: boolean;
  onRollback: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rijen = batch.telling.rijen ?? 0;
  // "3 rijen: 2 nieuw en 1 bijgewerkt"; counts of zero are left out.
  const parts = COUNT_KEYS.flatMap((key) => {
    const value = batch.telling[key] ?? 0;
    return value > 0
      ? [
          t(`imports.batches.counts.${key}`, {
            count: value,
            aantal: formatNumber(value, language),
          }),
        ]
      : [];
  });
  const rows = t('imports.batches.counts.rijen', {
    count: rijen,
    aantal: formatNumber(rijen, language),
  });
  const soort = t(`imports.soorten.${batch.soort}`);
  return (
    <TableRow>
      <TableCell numeric>{batch.id}</TableCell>
      <TableCell>{soort}</TableCell>
      <TableCell className="kk-break">{batch.bestandsnaam}</TableCell>
      <TableCell className="kk-break">{batch.door}</TableCell>
      <TableCell className="kk-nowrap">
        <time dateTime={batch.aangemaaktOp}>{formatDateTime(batch.aangemaaktOp, language)}</time>
      </TableCell>
      <TableCell>{parts.length ? `${rows}: ${formatList(parts, language)}` : rows}</TableCell>
      <TableCell>
        {batch.teruggedraaidOp ? (
          <span className="kk-status kk-status--teruggedraaid">
            {t('imports.batches.teruggedraaid', {
              datum: formatDateTime(batch.teruggedraaidOp, language),
            })}
          </span>
        ) : (
          <span className="kk-status kk-status--actief">{t('imports.batches.actief')}</span>
        )}
      </TableCell>
      <TableCell>
        {!batch.teruggedraaidOp && (
          <Button
            id={rollbackButtonId(batch.id)}
            appearance="secondary-action"
            className="kk-button--small"
            disabled={disabled}
            onClick={onRollback}
          >
            {t('imports.batches.rollback')}
            <span className="kk-visually-hidden">
              {' '}
              {t('imports.batches.rollbackWhich', { batch: batch.id })}
            </span>
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
