import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { errorText } from '../components/errorText.js';
import { AmvValue, AuditedNotice } from '../components/KindLabels.js';
import { Loading } from '../components/Loading.js';
import { NoAccess } from '../components/NoAccess.js';
import {
  Button,
  FormField,
  Heading,
  Link,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '../components/nlds/index.js';
import { PseudoniemText } from '../components/Pseudoniem.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { formatDate, formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { canSeeKinderen } from '../locatieVelden.js';
import { ApiError, fieldMessages } from '../problem.js';
import { type KindSamenvatting, useKinderen, useLocaties, useZoekKind } from '../queries.js';

const ZOEK_ID = 'kind-bron-id';
const FILTER_ID = 'kinderen-locatie';

export function KinderenPage() {
  const { t } = useTranslation();
  const sessie = useLoggedInSessie();
  const allowed = canSeeKinderen(sessie.gebruiker.rol);
  useDocumentTitle(allowed ? t('kinderen.title') : t('noAccess.title'));
  if (!allowed) return <NoAccess reason={t('kinderen.noAccess')} />;
  return (
    <>
      <Heading level={1}>{t('kinderen.title')}</Heading>
      <Paragraph appearance="lead">{t('kinderen.lead')}</Paragraph>
      <AuditedNotice />
      <ZoekKind />
      <KinderenLijst />
    </>
  );
}

/**
 * Finding a child by the source system's id. The server turns the id into the pseudonym and
 * keeps neither; the field is emptied as soon as the id is sent, so it does not linger on screen.
 */
function ZoekKind() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const zoek = useZoekKind();
  const [bronId, setBronId] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  // After every failed attempt, focus goes to what went wrong (and it is read out).
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  function failed(field: string | null, message: string | null) {
    setFieldError(field);
    setFailure(message);
    setAttempt((current) => current + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (zoek.isPending) return;
    const id = bronId.trim();
    if (!id) {
      failed(t('kinderen.zoeken.required'), null);
      return;
    }
    setBronId('');
    setFieldError(null);
    setFailure(null);
    try {
      const { pseudoniem } = await zoek.mutateAsync(id);
      navigate(`/kinderen/${encodeURIComponent(pseudoniem)}`);
    } catch (error) {
      const field = error instanceof ApiError ? fieldMessages(error.errors).bronId : undefined;
      if (field) failed(field, null);
      else failed(null, errorText(error, t));
    } finally {
      // The mutation keeps what it was called with; the id must not stay around in memory.
      zoek.reset();
    }
  }

  return (
    <section aria-labelledby="kind-zoeken" className="kk-lookup">
      <Heading level={2} id="kind-zoeken">
        {t('kinderen.zoeken.title')}
      </Heading>
      {(fieldError || failure) && (
        <ErrorSummary
          ref={summary}
          title={t('kinderen.zoeken.errorTitle')}
          detail={failure ?? undefined}
          fields={fieldError ? [{ fieldId: ZOEK_ID, message: fieldError }] : []}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormField
          label={t('kinderen.zoeken.label')}
          description={t('kinderen.zoeken.help')}
          error={fieldError ?? undefined}
          id={ZOEK_ID}
        >
          {({ invalid, ...control }) => (
            // The button stands right beside the field it belongs to.
            <div className="kk-inline-input">
              <Textbox
                {...control}
                invalid={invalid}
                name="bronId"
                autoComplete="off"
                spellCheck={false}
                className="kk-input--medium"
                value={bronId}
                onChange={(event) => setBronId(event.target.value)}
              />
              <Button type="submit" appearance="primary-action" busy={zoek.isPending}>
                {zoek.isPending ? t('kinderen.zoeken.busy') : t('kinderen.zoeken.submit')}
              </Button>
            </div>
          )}
        </FormField>
      </form>
    </section>
  );
}

function KinderenLijst() {
  const { t } = useTranslation();
  const language = useLanguage();
  const sessie = useLoggedInSessie();
  const kinderen = useKinderen();
  const locaties = useLocaties();
  const [locatie, setLocatie] = useState('');

  const names = new Map((locaties.data?.items ?? []).map((l) => [l.code, l.naam]));
  const locatieLabel = (code: string) => {
    const naam = names.get(code);
    return naam ? t('kind.locatieWaarde', { naam, code }) : code;
  };
  const all = kinderen.data?.items ?? [];
  // Every own location can be chosen, also one where no child is now: that is worth knowing too.
  const codes = [
    ...new Set([...sessie.bereik.locatieCodes, ...all.map((kind) => kind.locatie)]),
  ].sort();
  const shown = locatie ? all.filter((kind) => kind.locatie === locatie) : all;
  const count = locatie
    ? t('kinderen.list.countFor', {
        count: shown.length,
        aantal: formatNumber(shown.length, language),
        totaal: formatNumber(all.length, language),
        locatie: locatieLabel(locatie),
      })
    : t('kinderen.list.count', { count: all.length, aantal: formatNumber(all.length, language) });

  return (
    <section aria-labelledby="kinderen-lijst">
      <Heading level={2} id="kinderen-lijst">
        {t('kinderen.list.title')}
      </Heading>
      {kinderen.isPending && <Loading />}
      {kinderen.isError && <ErrorMessage error={kinderen.error} />}
      {kinderen.data && all.length === 0 && <Paragraph>{t('kinderen.list.empty')}</Paragraph>}
      {kinderen.data && all.length > 0 && (
        <>
          <Paragraph>
            {t('kinderen.list.peildatum', {
              datum: formatDate(kinderen.data.peildatum, language),
            })}{' '}
            {t('kinderen.list.amvUitleg')}
          </Paragraph>
          {codes.length > 1 && (
            <search>
              <form onSubmit={(event) => event.preventDefault()} className="kk-search">
                <FormField label={t('kinderen.list.filter')} id={FILTER_ID}>
                  {({ invalid, ...control }) => (
                    <Select
                      {...control}
                      invalid={invalid}
                      name="locatie"
                      value={locatie}
                      onChange={(event) => setLocatie(event.target.value)}
                    >
                      <option value="">{t('kinderen.list.alle')}</option>
                      {codes.map((code) => (
                        <option key={code} value={code}>
                          {locatieLabel(code)}
                        </option>
                      ))}
                    </Select>
                  )}
                </FormField>
              </form>
            </search>
          )}
          <Paragraph role="status" className="kk-result-count">
            {count}
          </Paragraph>
          {shown.length > 0 && <KinderenTable kinderen={shown} locatieLabel={locatieLabel} />}
        </>
      )}
    </section>
  );
}

function KinderenTable({
  kinderen,
  locatieLabel,
}: {
  kinderen: readonly KindSamenvatting[];
  locatieLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table caption={t('kinderen.list.caption')} scrollLabel={t('kinderen.list.caption')}>
      <TableColumns
        columns={[
          t('kinderen.list.columns.pseudoniem'),
          { label: t('kinderen.list.columns.leeftijd'), numeric: true },
          t('kinderen.list.columns.amv'),
          t('kinderen.list.columns.locatie'),
          t('kinderen.list.columns.sinds'),
        ]}
      />
      <TableBody>
        {kinderen.map((kind) => (
          <TableRow key={kind.pseudoniem}>
            <TableHeaderCell scope="row" className="kk-row-header">
              <Link to={`/kinderen/${encodeURIComponent(kind.pseudoniem)}`}>
                <PseudoniemText value={kind.pseudoniem} />
              </Link>
            </TableHeaderCell>
            <TableCell numeric>
              {t('kinderen.leeftijd', {
                count: kind.leeftijd,
                aantal: formatNumber(kind.leeftijd, language),
              })}
            </TableCell>
            <TableCell>
              <AmvValue amv={kind.amv} />
            </TableCell>
            <TableCell>
              <Link to={`/locaties/${encodeURIComponent(kind.locatie)}`}>
                {locatieLabel(kind.locatie)}
              </Link>
            </TableCell>
            <TableCell className="kk-nowrap">
              <time dateTime={kind.sinds}>{formatDate(kind.sinds, language)}</time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
