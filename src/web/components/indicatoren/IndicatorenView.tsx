import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../problem.js';
import { useGemeenten, useHealth } from '../../queries.js';
import { useSessie } from '../../session.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { Loading } from '../Loading.js';
import { Alert, Button, FormField, Heading, Link, Paragraph, Select } from '../nlds/index.js';
import { AboutFigures } from './AboutFigures.js';
import { IndicatorPeildatumForm } from './IndicatorPeildatumForm.js';
import { INDICATOR_IDS, IndicatorSections, sectionId } from './IndicatorSections.js';
import { PublicViewOff } from './PublicViewOff.js';
import { useIndicatorParams } from './params.js';
import { scopeKind, useIndicatorTabel, useKmCurven, useReeks } from './queries.js';
import { TrendSection } from './TrendSection.js';
import './indicatoren.css';

const TREND_ID = 'indicator-trend';

export interface IndicatorenViewProps {
  /** `all`, a CBS code or a location code, as the API's `scope`. */
  scope: string;
  title: string;
  lead: string;
  /** The area in words, for "Gebied" in the facts about these figures. */
  area: string;
  /** Links above the heading (back to the municipality or the location). */
  before?: ReactNode;
  /** Links below the figures' facts (to related figures). */
  after?: ReactNode;
  /** The national and municipal pages offer a choice of municipality. */
  chooser?: boolean;
  /** Where to look instead, when these figures may not be seen (403). */
  instead?: ReactNode;
}

/**
 * One page of indicators: the peildatum, the ten indicators of the scope with their
 * Kaplan–Meier curves, and their course over the past months. National and municipal figures
 * are the published set (suppressed); a location's are exact and for its own staff only, and
 * everyone else reads the server's explanation why not.
 */
export function IndicatorenView({
  scope,
  title,
  lead,
  area,
  before,
  after,
  chooser = false,
  instead,
}: IndicatorenViewProps) {
  const { t } = useTranslation();
  const health = useHealth();
  const { peildatum, maanden, update } = useIndicatorParams();
  const table = useIndicatorTabel(scope, peildatum);
  const ready = table.isSuccess;
  const curves = useKmCurven(scope, peildatum, ready);
  const reeks = useReeks(scope, peildatum, maanden, ready);
  // No figures to choose a date for: not allowed, or no such municipality or location.
  const refused = table.error instanceof ApiError && [401, 403, 404].includes(table.error.status);

  return (
    <>
      {before}
      <Heading level={1}>{title}</Heading>
      {health.data?.demo && (
        <Alert type="warning" className="kk-demo-note">
          <Paragraph>
            <strong>{t('demo.title')}.</strong> {t('indicatoren.demoNote')}
          </Paragraph>
        </Alert>
      )}
      <Paragraph appearance="lead">{lead}</Paragraph>
      {!refused && (
        <div className="kk-filters kk-indicator-forms">
          <IndicatorPeildatumForm
            key={peildatum || table.data?.peildatum}
            current={peildatum || table.data?.peildatum || ''}
            onSubmit={(value) => update({ peildatum: value })}
          />
          {chooser && <GemeenteChooser current={scopeKind(scope) === 'gemeente' ? scope : ''} />}
        </div>
      )}
      {table.isPending && <Loading />}
      {table.isError && <TableError error={table.error} />}
      {refused && instead}
      {table.data && (
        <>
          <AboutFigures
            published={table.data.suppressed}
            peildatum={table.data.peildatum}
            area={area}
          />
          {after}
          <Contents />
          <IndicatorSections table={table.data} curves={curves.data} curvesError={curves.isError} />
          {curves.isError && <ErrorMessage error={curves.error} />}
          <TrendSection
            key={maanden}
            headingId={TREND_ID}
            maanden={maanden}
            onMaanden={(value) => update({ maanden: value })}
            reeks={reeks.data}
            pending={reeks.isPending}
            error={reeks.error}
          />
        </>
      )}
    </>
  );
}

/** Any municipality's published figures, at the same peildatum. */
function GemeenteChooser({ current }: { current: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const gemeenten = useGemeenten('');
  const [code, setCode] = useState(current.toUpperCase());
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!code) {
      setError(t('indicatoren.form.gemeenteRequired'));
      return;
    }
    setError(undefined);
    const search = searchParams.toString();
    navigate(`/indicatoren/gemeenten/${code}${search ? `?${search}` : ''}`);
  }
  return (
    <form onSubmit={submit} className="kk-indicator-form" noValidate>
      <FormField
        label={t('indicatoren.form.gemeente')}
        description={t('indicatoren.form.gemeenteHelp')}
        error={error}
      >
        {({ invalid, ...control }) => (
          <Select
            {...control}
            invalid={invalid}
            name="gemeente"
            value={code}
            onChange={(event) => setCode(event.target.value)}
          >
            <option value="">{t('indicatoren.form.gemeenteKies')}</option>
            {gemeenten.data?.items.map((gemeente) => (
              <option key={gemeente.code} value={gemeente.code}>
                {gemeente.naam}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <Button type="submit" appearance="secondary-action">
        {t('indicatoren.form.gemeenteSubmit')}
      </Button>
    </form>
  );
}

/** Why there are no figures: the server's own (Dutch) explanation, as it gave it. */
function TableError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const sessie = useSessie();
  if (!(error instanceof ApiError)) return <ErrorMessage error={error} />;
  // Only the public view can refuse a visitor the published figures.
  if (error.status === 401) return <PublicViewOff />;
  if (error.status === 403) {
    return (
      <Alert type="warning">
        <Heading level={2}>{t('indicatoren.locatie.forbiddenTitle')}</Heading>
        <Paragraph lang="nl">{error.detail}</Paragraph>
        {sessie.data === null && (
          <Paragraph>
            {t('indicatoren.locatie.loginHint')}{' '}
            <Link to="/inloggen">{t('indicatoren.locatie.login')}</Link>
          </Paragraph>
        )}
      </Alert>
    );
  }
  if (error.status === 404) return <Paragraph lang="nl">{error.detail}</Paragraph>;
  if (error.status === 422 && error.errors.length > 0) {
    return (
      <Alert type="error" role="alert">
        <Heading level={2}>{t('errors.title')}</Heading>
        {error.errors.map((fieldError) => (
          <Paragraph key={fieldError.path} lang="nl">
            {fieldError.message}
          </Paragraph>
        ))}
      </Alert>
    );
  }
  return <ErrorMessage error={error} />;
}

function Contents() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <nav aria-labelledby={headingId} className="kk-contents">
      <Heading level={2} id={headingId}>
        {t('indicatoren.toc.title')}
      </Heading>
      <ol className="kk-contents__list">
        {INDICATOR_IDS.map((id) => (
          <li key={id}>
            <a className="utrecht-link utrecht-link--html-a" href={`#${sectionId(id)}`}>
              <span className="kk-indicator__id">{id.toUpperCase()}</span>
              {t(`indicatoren.${id}.title`)}
            </a>
          </li>
        ))}
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={`#${TREND_ID}`}>
            {t('indicatoren.toc.trend')}
          </a>
        </li>
      </ol>
    </nav>
  );
}
