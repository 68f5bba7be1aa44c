import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRapport, ImportSoort } from '../../contracts/imports.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { errorText } from '../components/errorText.js';
import { ImportBatches } from '../components/ImportBatches.js';
import { NoAccess } from '../components/NoAccess.js';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  FormField,
  Heading,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableRow,
} from '../components/nlds/index.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { UploadProgressBar } from '../components/UploadProgressBar.js';
import { formatList, formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { canSeeImports, IMPORT_COLUMNS, importsFor, isOneOf } from '../locatieVelden.js';
import { forgetLocationData } from '../queries.js';
import { MAX_UPLOAD_BYTES, type UploadProgress, uploadImport } from '../upload.js';

const IDS = {
  soort: 'import-soort',
  kolommen: 'import-kolommen',
  bestand: 'import-bestand',
  accepteerGeldige: 'import-accepteer-geldige',
} as const;
const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_MB = Math.round(MAX_UPLOAD_BYTES / 1_048_576);

type FocusTarget = 'summary' | 'error' | 'report' | 'result' | 'start';

/** Focus to move once the next render is on screen, numbered so the same target can repeat. */
function useFocusRequest(targets: Record<FocusTarget, RefObject<HTMLElement | null>>) {
  const [request, setRequest] = useState<{ target: FocusTarget; n: number } | null>(null);
  const latest = useRef(targets);
  latest.current = targets;
  useEffect(() => {
    if (request) latest.current[request.target].current?.focus();
  }, [request]);
  return (target: FocusTarget) => setRequest((current) => ({ target, n: (current?.n ?? 0) + 1 }));
}

export function ImportPage() {
  const { t } = useTranslation();
  const sessie = useLoggedInSessie();
  const rol = sessie.gebruiker.rol;
  const allowed = canSeeImports(rol);
  useDocumentTitle(allowed ? t('imports.title') : t('noAccess.title'));
  if (!allowed) return <NoAccess reason={t('imports.noAccess')} />;
  const soorten = importsFor(rol);
  return (
    <>
      <Heading level={1}>{t('imports.title')}</Heading>
      <Paragraph appearance="lead">
        {rol === 'beheerder' ? t('imports.beheerderLead') : t('imports.lead')}
      </Paragraph>
      {soorten.length > 0 && <ImportWizard soorten={soorten} />}
      <ImportBatches />
    </>
  );
}

interface Checked {
  rapport: ImportRapport;
  file: File;
  soort: ImportSoort;
  accepteerGeldige: boolean;
}

type Phase = 'idle' | 'checking' | 'writing';

/** The kinds of file this account may import: at least one. */
function ImportWizard({ soorten }: { soorten: readonly ImportSoort[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [soort, setSoort] = useState<ImportSoort>(soorten[0]!);
  const [file, setFile] = useState<File | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [accepteerGeldige, setAccepteerGeldige] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [result, setResult] = useState<ImportRapport | null>(null);
  // The file is sent twice; if it changed on disk in between, what was read is not what was checked.
  const [changedSinceCheck, setChangedSinceCheck] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  const refs = {
    summary: useRef<HTMLDivElement>(null),
    error: useRef<HTMLDivElement>(null),
    report: useRef<HTMLHeadingElement>(null),
    result: useRef<HTMLDivElement>(null),
    start: useRef<HTMLSelectElement>(null),
  };
  const focus = useFocusRequest(refs);

  // Leaving the page stops an upload that is still running.
  useEffect(() => () => controller.current?.abort(), []);

  /** Any change to what is to be read makes an earlier check meaningless. */
  function forgetOutcome() {
    setChecked(null);
    setResult(null);
    setFailure(null);
  }

  function validateFile(): string | null {
    if (!file) return t('imports.errors.fileRequired');
    if (!/\.(csv|xlsx)$/i.test(file.name)) return t('imports.errors.fileType');
    if (file.size > MAX_UPLOAD_BYTES) return t('imports.errors.tooLarge', { maximum: MAX_MB });
    return null;
  }

  async function send(selected: File, proefrun: boolean, accept: boolean, kind: ImportSoort) {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setProgress(null);
    try {
      const { rapport } = await uploadImport({
        soort: kind,
        file: selected,
        proefrun,
        accepteerGeldige: accept,
        onProgress: setProgress,
        signal: abort.signal,
      });
      return rapport;
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  async function onCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (phase !== 'idle') return;
    const problem = validateFile();
    setFileError(problem);
    forgetOutcome();
    if (problem || !file) {
      focus('summary');
      return;
    }
    setPhase('checking');
    try {
      const rapport = await send(file, true, accepteerGeldige, soort);
      setChecked({ rapport, file, soort, accepteerGeldige });
      focus('report');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setFailure(error);
      focus('error');
    } finally {
      setPhase('idle');
      setProgress(null);
    }
  }

  async function onConfirm() {
    if (!checked || phase !== 'idle') return;
    setPhase('writing');
    setFailure(null);
    try {
      const rapport = await send(checked.file, false, checked.accepteerGeldige, checked.soort);
      setResult(rapport);
      setChangedSinceCheck(rapport.sha256 !== checked.rapport.sha256);
      setChecked(null);
      await forgetLocationData();
      focus('result');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setFailure(error);
      focus('error');
    } finally {
      setPhase('idle');
      setProgress(null);
    }
  }

  function startAgain() {
    forgetOutcome();
    setFile(null);
    setFileError(null);
    setFileInputKey((key) => key + 1);
    focus('start');
  }

  return (
    <>
      <section aria-labelledby="import-stap-1" className="kk-import-step">
        <Heading level={2} id="import-stap-1">
          {t('imports.step1')}
        </Heading>
        {fileError && (
          <ErrorSummary
            ref={refs.summary}
            title={t('imports.errors.title')}
            fields={[{ fieldId: IDS.bestand, message: fileError }]}
          />
        )}
        <form onSubmit={onCheck} noValidate className="kk-form">
          <FormField
            label={t('imports.soort')}
            description={t('imports.soortHelp', {
              soorten: formatList(
                soorten.map((available) =>
                  t(`imports.soorten.${available}`).toLocaleLowerCase(language),
                ),
                language,
              ),
            })}
            id={IDS.soort}
          >
            {({ invalid, ...control }) => (
              <Select
                {...control}
                aria-describedby={[control['aria-describedby'], IDS.kolommen]
                  .filter(Boolean)
                  .join(' ')}
                ref={refs.start}
                invalid={invalid}
                name="soort"
                value={soort}
                onChange={(event) => {
                  if (isOneOf(soorten, event.target.value)) setSoort(event.target.value);
                  forgetOutcome();
                }}
              >
                {soorten.map((available) => (
                  <option key={available} value={available}>
                    {t(`imports.soorten.${available}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <ImportColumns soort={soort} id={IDS.kolommen} />
          <FormField
            label={t('imports.file')}
            description={t('imports.fileHelp', { maximum: MAX_MB })}
            error={fileError ?? undefined}
            id={IDS.bestand}
          >
            {({ invalid: _invalid, ...control }) => (
              <input
                {...control}
                key={fileInputKey}
                type="file"
                name="bestand"
                accept={ACCEPT}
                className="kk-file-input"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setFileError(null);
                  forgetOutcome();
                }}
              />
            )}
          </FormField>
          <CheckboxField
            id={IDS.accepteerGeldige}
            name="accepteerGeldige"
            label={t('imports.acceptValid')}
            description={t('imports.acceptValidHelp')}
            checked={accepteerGeldige}
            onChange={(value) => {
              setAccepteerGeldige(value);
              forgetOutcome();
            }}
          />
          <div className="kk-form-actions">
            <Button
              type="submit"
              appearance={checked ? 'secondary-action' : 'primary-action'}
              busy={phase === 'checking'}
              disabled={phase === 'writing'}
            >
              {phase === 'checking' ? t('imports.checkBusy') : t('imports.check')}
            </Button>
          </div>
          <UploadProgressBar progress={phase === 'checking' ? progress : null} />
        </form>
      </section>

      {failure !== null && (
        <Alert type="error" role="alert" ref={refs.error} tabIndex={-1}>
          <Heading level={2}>{t('imports.errors.uploadFailed')}</Heading>
          <Paragraph>{errorText(failure, t)}</Paragraph>
        </Alert>
      )}

      {checked && (
        <CheckReport
          checked={checked}
          headingRef={refs.report}
          phase={phase}
          progress={phase === 'writing' ? progress : null}
          onConfirm={onConfirm}
        />
      )}

      {result && (
        <section aria-labelledby="import-resultaat" className="kk-import-step">
          <Alert type={result.geschreven ? 'ok' : 'error'} ref={refs.result} tabIndex={-1}>
            <Heading level={2} id="import-resultaat">
              {result.geschreven && result.batchId !== null
                ? t('imports.result.title', { batch: result.batchId })
                : t('imports.result.notWrittenTitle')}
            </Heading>
            <Paragraph>
              {result.geschreven
                ? t('imports.result.text', { bestand: result.bestandsnaam })
                : t('imports.result.notWrittenText')}
            </Paragraph>
          </Alert>
          {changedSinceCheck && (
            <Alert type="warning">
              <Paragraph>{t('imports.result.fileChanged')}</Paragraph>
            </Alert>
          )}
          <ReportDetails rapport={result} headingLevel={3} />
          <ButtonGroup>
            <Button appearance="secondary-action" onClick={startAgain}>
              {t('imports.result.again')}
            </Button>
          </ButtonGroup>
        </section>
      )}
    </>
  );
}

interface CheckReportProps {
  checked: Checked;
  headingRef: RefObject<HTMLHeadingElement | null>;
  phase: Phase;
  progress: UploadProgress | null;
  onConfirm: () => void;
}

/** Step 2: what the check found, and whether (and what) confirming would write. */
function CheckReport({ checked, headingRef, phase, progress, onConfirm }: CheckReportProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { rapport, accepteerGeldige } = checked;
  const { telling } = rapport;
  const valid = telling.nieuw + telling.bijgewerkt + telling.aanwezig;
  const fouten = formatNumber(telling.fouten, language);
  let verdict: { type: 'ok' | 'warning' | 'error'; text: string };
  if (telling.fouten === 0) {
    verdict = { type: 'ok', text: t('imports.report.canWrite') };
  } else if (accepteerGeldige && valid > 0) {
    verdict = {
      type: 'warning',
      text: t('imports.report.willSkip', {
        count: telling.fouten,
        fouten,
        overgeslagen: formatNumber(telling.overgeslagen, language),
        geldig: formatNumber(valid, language),
      }),
    };
  } else if (accepteerGeldige) {
    verdict = {
      type: 'error',
      text: t('imports.report.nothingValid', { count: telling.fouten, fouten }),
    };
  } else {
    verdict = {
      type: 'error',
      text: t('imports.report.blocked', { count: telling.fouten, fouten }),
    };
  }
  const canConfirm = verdict.type !== 'error';

  return (
    <section aria-labelledby="import-rapport" className="kk-import-step">
      <Heading level={2} id="import-rapport" ref={headingRef} tabIndex={-1}>
        {t('imports.report.title')}
      </Heading>
      <Paragraph>
        {t('imports.report.file', {
          bestand: rapport.bestandsnaam,
          soort: t(`imports.soorten.${checked.soort}`),
        })}
      </Paragraph>
      <Alert type={verdict.type}>
        <Paragraph>{verdict.text}</Paragraph>
      </Alert>
      <ReportDetails rapport={rapport} headingLevel={3} />
      {canConfirm && (
        <div className="kk-confirm-import">
          <Heading level={3}>{t('imports.report.confirmTitle')}</Heading>
          <Paragraph>{t('imports.report.confirmText')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action" busy={phase === 'writing'} onClick={onConfirm}>
              {phase === 'writing' ? t('imports.report.confirmBusy') : t('imports.report.confirm')}
            </Button>
          </ButtonGroup>
          <UploadProgressBar progress={progress} />
        </div>
      )}
    </section>
  );
}

const COUNTS = [
  'rijen',
  'nieuw',
  'bijgewerkt',
  'aanwezig',
  'overgeslagen',
  'fouten',
  'waarschuwingen',
] as const;

/** The counts, then every message (errors first) in a table. */
function ReportDetails({ rapport, headingLevel }: { rapport: ImportRapport; headingLevel: 3 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Heading level={headingLevel}>{t('imports.report.countsTitle')}</Heading>
      <DataList
        items={COUNTS.map((count) => ({
          key: count,
          label: t(`imports.counts.${count}`),
          value: formatNumber(rapport.telling[count], language),
        }))}
      />
      <Heading level={headingLevel}>{t('imports.report.messagesTitle')}</Heading>
      {rapport.meldingen.length === 0 ? (
        <Paragraph>{t('imports.report.noMessages')}</Paragraph>
      ) : (
        <>
          {rapport.meldingenAfgekapt && (
            <Alert type="warning">
              <Paragraph>
                {t('imports.report.afgekapt', {
                  aantal: formatNumber(rapport.meldingen.length, language),
                })}
              </Paragraph>
            </Alert>
          )}
          <Table caption={t('imports.report.caption')} scrollLabel={t('imports.report.caption')}>
            <TableColumns
              columns={[
                { label: t('imports.report.columns.rij'), numeric: true },
                t('imports.report.columns.kolom'),
                t('imports.report.columns.ernst'),
                t('imports.report.columns.melding'),
              ]}
            />
            <TableBody>
              {rapport.meldingen.map((melding, index) => (
                <TableRow
                  // Messages have no identity of their own; their order never changes.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  key={index}
                >
                  <TableCell numeric>{formatNumber(melding.rij, language)}</TableCell>
                  <TableCell>
                    {melding.kolom ? (
                      <code className="kk-code">{melding.kolom}</code>
                    ) : (
                      t('imports.report.noColumn')
                    )}
                  </TableCell>
                  <TableCell>
                    <span className={`kk-outcome kk-ernst--${melding.ernst}`}>
                      {t(`imports.report.ernst.${melding.ernst}`)}
                    </span>
                  </TableCell>
                  <TableCell>{melding.melding}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
}

/** Which columns a file of the chosen kind has: the required ones first, then the rest. */
function ImportColumns({ soort, id }: { soort: ImportSoort; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { required, optional } = IMPORT_COLUMNS[soort];
  const columns = (names: readonly string[]) =>
    names.map((name, index) => (
      <span key={name}>
        {index > 0 && ', '}
        <code className="kk-code">{name}</code>
      </span>
    ));
  return (
    <div className="kk-import-columns" id={id}>
      <Paragraph className="kk-import-columns__title">
        {t('imports.columns.title', {
          soort: t(`imports.soorten.${soort}`).toLocaleLowerCase(language),
        })}
      </Paragraph>
      <dl className="kk-import-columns__list">
        <dt>{t('imports.columns.required')}</dt>
        <dd>{columns(required)}</dd>
        {optional.length > 0 && (
          <>
            <dt>{t('imports.columns.optional')}</dt>
            <dd>{columns(optional)}</dd>
          </>
        )}
      </dl>
      <Paragraph>{t(`imports.columns.notes.${soort}`)}</Paragraph>
    </div>
  );
}
