import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Activiteit } from '../../contracts/activiteiten.js';
import type { Locatie } from '../../contracts/locaties.js';
import {
  activiteitKey,
  activiteitSavedFrom,
  editPath,
  invoerOf,
  veldenOf,
} from '../activiteiten.js';
import { API_BASE } from '../api.js';
import { formatDate, formatNumber } from '../format.js';
import { useLanguage } from '../i18n/index.js';
import { ACTIVITEIT_CATEGORIEEN, isOneOf } from '../locatieVelden.js';
import { ApiError, fieldMessages } from '../problem.js';
import { useActiviteiten, useSaveActiviteit } from '../queries.js';
import { Downloads } from './Downloads.js';
import { ErrorMessage } from './ErrorMessage.js';
import { errorText } from './errorText.js';
import { Loading } from './Loading.js';
import {
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  FormField,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from './nlds/index.js';

type FocusTarget =
  | { kind: 'form' }
  | { kind: 'field' }
  | { kind: 'outcome' }
  | { kind: 'row'; key: string };

const TOT_ID = 'activiteit-tot';

interface Saved {
  actie: 'nieuw' | 'gewijzigd' | 'beeindigd';
  naam: string;
}

/**
 * The activities of one location. Writers add and change them on a form page, and end one here:
 * a small form asks the end date, and the activity is posted again with it.
 */
export function LocatieActiviteiten({ locatie, writer }: { locatie: Locatie; writer: boolean }) {
  const { t } = useTranslation();
  const activiteiten = useActiviteiten();
  const location = useLocation();
  const navigate = useNavigate();
  const [ending, setEnding] = useState<Activiteit | null>(null);
  // What was just saved: on the form page (passed along in the history state) or ended here.
  const [saved, setSaved] = useState<Saved | null>(() => {
    const fromForm = activiteitSavedFrom(location.state);
    return fromForm ? { actie: fromForm.actie, naam: fromForm.naam } : null;
  });
  const [focusRequest, setFocusRequest] = useState<FocusTarget | null>(() =>
    saved ? { kind: 'outcome' } : null,
  );
  const formHeading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const endButtons = useRef(new Map<string, HTMLButtonElement>());

  // The message from the form page is shown once: Back or a reload does not repeat it.
  const fromForm = useRef(saved !== null);
  useEffect(() => {
    if (!fromForm.current) return;
    fromForm.current = false;
    navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, state: null },
    );
  }, [navigate, location.pathname, location.search]);

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.kind === 'form') formHeading.current?.focus();
    else if (focusRequest.kind === 'field') document.getElementById(TOT_ID)?.focus();
    else if (focusRequest.kind === 'outcome') outcome.current?.focus();
    else endButtons.current.get(focusRequest.key)?.focus();
  }, [focusRequest]);

  const items = (activiteiten.data?.items ?? []).filter((a) => a.locatie === locatie.code);

  function ask(activiteit: Activiteit) {
    setSaved(null);
    setEnding(activiteit);
    setFocusRequest({ kind: 'form' });
  }

  function cancel() {
    if (!ending) return;
    const key = activiteitKey(ending);
    setEnding(null);
    setFocusRequest({ kind: 'row', key });
  }

  return (
    <section aria-labelledby="locatie-activiteiten">
      <Heading level={2} id="locatie-activiteiten">
        {t('activiteiten.title')}
      </Heading>
      <Paragraph>{t('activiteiten.lead')}</Paragraph>
      {writer && (
        <div className="kk-page-actions">
          <ButtonLink
            to={`/locaties/${encodeURIComponent(locatie.code)}/activiteiten/nieuw`}
            appearance="secondary-action"
          >
            {t('activiteiten.add')}
          </ButtonLink>
        </div>
      )}
      {saved && (
        <Alert type="ok" role="status" ref={outcome} tabIndex={-1}>
          <Paragraph>{t(`activiteiten.saved.${saved.actie}`, { naam: saved.naam })}</Paragraph>
        </Alert>
      )}
      {ending && (
        <EndActiviteit
          key={activiteitKey(ending)}
          activiteit={ending}
          headingRef={formHeading}
          onFocusField={() => setFocusRequest({ kind: 'field' })}
          onDone={() => {
            setSaved({ actie: 'beeindigd', naam: ending.naam });
            setEnding(null);
            setFocusRequest({ kind: 'outcome' });
          }}
          onCancel={cancel}
        />
      )}
      {activiteiten.isPending && <Loading />}
      {activiteiten.isError && <ErrorMessage error={activiteiten.error} />}
      {activiteiten.data && items.length === 0 && <Paragraph>{t('activiteiten.empty')}</Paragraph>}
      {items.length > 0 && (
        <ActiviteitenTable
          locatie={locatie}
          activiteiten={items}
          writer={writer}
          endButtons={endButtons}
          onEnd={ask}
        />
      )}
      {items.length > 0 && (
        <Downloads
          href={`${API_BASE}/locaties/${encodeURIComponent(locatie.code)}/activiteiten/export`}
          table={t('activiteiten.caption', { naam: locatie.naam })}
        />
      )}
    </section>
  );
}

interface ActiviteitenTableProps {
  locatie: Locatie;
  activiteiten: readonly Activiteit[];
  writer: boolean;
  endButtons: RefObject<Map<string, HTMLButtonElement>>;
  onEnd: (activiteit: Activiteit) => void;
}

function ActiviteitenTable({
  locatie,
  activiteiten,
  writer,
  endButtons,
  onEnd,
}: ActiviteitenTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (value: string) => formatDate(value, language);

  function leeftijd(activiteit: Activiteit): string {
    const { leeftijdVan: van, leeftijdTot: tot } = activiteit;
    if (van !== null && tot !== null) return t('activiteiten.leeftijd.range', { van, tot });
    if (van !== null) return t('activiteiten.leeftijd.vanaf', { van });
    if (tot !== null) return t('activiteiten.leeftijd.tot', { tot });
    return t('activiteiten.leeftijd.alle');
  }

  return (
    <Table
      caption={t('activiteiten.caption', { naam: locatie.naam })}
      scrollLabel={t('activiteiten.caption', { naam: locatie.naam })}
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('activiteiten.columns.naam')}</TableHeaderCell>
          <TableHeaderCell>{t('activiteiten.columns.categorie')}</TableHeaderCell>
          <TableHeaderCell>{t('activiteiten.columns.leeftijd')}</TableHeaderCell>
          <TableHeaderCell>{t('activiteiten.columns.frequentie')}</TableHeaderCell>
          <TableHeaderCell>{t('activiteiten.columns.looptijd')}</TableHeaderCell>
          <TableHeaderCell numeric>{t('activiteiten.columns.bereik')}</TableHeaderCell>
          {writer && (
            <TableHeaderCell>
              <span className="kk-visually-hidden">{t('activiteiten.columns.acties')}</span>
            </TableHeaderCell>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {activiteiten.map((activiteit) => {
          const key = activiteitKey(activiteit);
          return (
            <TableRow key={key}>
              <TableHeaderCell scope="row" className="kk-row-header">
                <span className="kk-activity-name">{activiteit.naam}</span>
                {activiteit.partner && (
                  <span className="kk-activity-partner">
                    {t('activiteiten.partner', { partner: activiteit.partner })}
                  </span>
                )}
              </TableHeaderCell>
              <TableCell>
                {isOneOf(ACTIVITEIT_CATEGORIEEN, activiteit.categorie)
                  ? t(`activiteiten.categorieen.${activiteit.categorie}`)
                  : activiteit.categorie}
              </TableCell>
              <TableCell>{leeftijd(activiteit)}</TableCell>
              <TableCell className="kk-nowrap">
                {t('activiteiten.frequentie', {
                  aantal: formatNumber(activiteit.frequentiePerWeek, language, 2),
                })}
              </TableCell>
              <TableCell>
                {activiteit.tot ? (
                  <>
                    {t('activiteiten.looptijd.periode', {
                      van: date(activiteit.van),
                      tot: date(activiteit.tot),
                    })}{' '}
                    <span className="kk-tag kk-tag--ended">{t('activiteiten.beeindigdTag')}</span>
                  </>
                ) : (
                  t('activiteiten.looptijd.loopt', { van: date(activiteit.van) })
                )}
              </TableCell>
              <TableCell numeric>
                {activiteit.bereik === null ? (
                  <span className="kk-unknown">{t('activiteiten.bereikOnbekend')}</span>
                ) : (
                  t('activiteiten.bereik', {
                    count: activiteit.bereik,
                    aantal: formatNumber(activiteit.bereik, language),
                  })
                )}
              </TableCell>
              {writer && (
                <TableCell>
                  <div className="kk-row-actions">
                    <ButtonLink
                      to={editPath(activiteit)}
                      appearance="secondary-action"
                      className="kk-button--small"
                    >
                      {t('activiteiten.edit')}
                      <span className="kk-visually-hidden"> {activiteit.naam}</span>
                    </ButtonLink>
                    {!activiteit.tot && (
                      <Button
                        appearance="secondary-action"
                        className="kk-button--small"
                        ref={(button) => {
                          if (button) endButtons.current.set(key, button);
                          else endButtons.current.delete(key);
                        }}
                        onClick={() => onEnd(activiteit)}
                      >
                        {t('activiteiten.end')}
                        <span className="kk-visually-hidden"> {activiteit.naam}</span>
                      </Button>
                    )}
                  </div>
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

interface EndActiviteitProps {
  activiteit: Activiteit;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onFocusField: () => void;
  onDone: () => void;
  onCancel: () => void;
}

/** Ending asks one thing, the end date; it is posted with everything else unchanged. */
function EndActiviteit({
  activiteit,
  headingRef,
  onFocusField,
  onDone,
  onCancel,
}: EndActiviteitProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveActiviteit();
  const [tot, setTot] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0 && failure !== null) alert.current?.focus();
  }, [attempt, failure]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!tot) {
      setFieldError(t('activiteiten.beeindigen.required'));
      setFailure(null);
      onFocusField();
      return;
    }
    setFieldError(null);
    setFailure(null);
    const velden = { ...veldenOf(activiteit), tot };
    save.mutate(invoerOf(activiteit.locatie, velden), {
      onSuccess: onDone,
      onError: (error) => {
        const message = error instanceof ApiError ? fieldMessages(error.errors).tot : undefined;
        if (message) {
          setFieldError(message);
          onFocusField();
        } else {
          setFailure(error);
          setAttempt((current) => current + 1);
        }
      },
    });
  }

  return (
    <section aria-labelledby="activiteit-beeindigen" className="kk-inline-form">
      <Heading level={3} id="activiteit-beeindigen" ref={headingRef} tabIndex={-1}>
        {t('activiteiten.beeindigen.title', { naam: activiteit.naam })}
      </Heading>
      <Paragraph>{t('activiteiten.beeindigen.text')}</Paragraph>
      {failure !== null && (
        <Alert type="error" role="alert" ref={alert} tabIndex={-1}>
          <Paragraph>
            <strong>{t('activiteiten.beeindigen.errorTitle')}</strong>
          </Paragraph>
          <Paragraph>{errorText(failure, t)}</Paragraph>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormField
          label={t('activiteiten.beeindigen.label')}
          description={t('activiteiten.beeindigen.hint', {
            van: formatDate(activiteit.van, language),
          })}
          error={fieldError ?? undefined}
          id={TOT_ID}
        >
          {({ invalid, ...control }) => (
            <Textbox
              {...control}
              invalid={invalid}
              type="date"
              name="tot"
              min={activiteit.van}
              className="kk-input--date"
              value={tot}
              onChange={(event) => setTot(event.target.value)}
            />
          )}
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {save.isPending
              ? t('activiteiten.beeindigen.busy')
              : t('activiteiten.beeindigen.submit')}
          </Button>
          <Button appearance="secondary-action" onClick={onCancel} disabled={save.isPending}>
            {t('activiteiten.beeindigen.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
