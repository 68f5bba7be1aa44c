import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Outcome } from '../../domain/framework/evaluate.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { useTypeLabel } from '../components/LocatieLabels.js';
import { NoAccess } from '../components/NoAccess.js';
import {
  Button,
  ButtonGroup,
  DataList,
  ExternalLink,
  Heading,
  Link,
  Paragraph,
} from '../components/nlds/index.js';
import { UitkomstLabel, usePeildatum, useText } from '../components/toetsing/Uitkomst.js';
import { formatDate, formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { ApiError } from '../problem.js';
import { type Locatietoetsing, toetsPdfUrl, useLocatieToetsing } from '../toetsing.js';
import '../styles/toetsing.css';

/** The sections of the advice, in the order a council reads them (the PDF has the same). */
const SECTIONS = [
  { key: 'veranderen', outcomes: ['voldoet_niet', 'voldoet_deels'] },
  { key: 'onbekend', outcomes: ['onbekend'] },
  { key: 'voldoet', outcomes: ['voldoet'] },
  { key: 'nvt', outcomes: ['nvt'] },
] as const satisfies readonly { key: string; outcomes: readonly Outcome[] }[];

/**
 * The locatietoets of a proposed location: a printable advice for the council (print style
 * sheet) with the same content as the PDF download.
 */
export function LocatietoetsPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const [peildatum] = usePeildatum();
  const toetsing = useLocatieToetsing(code, peildatum);
  const status = toetsing.error instanceof ApiError ? toetsing.error.status : null;
  const data = toetsing.data;
  const title = data
    ? t('toetsing.advies.title', { naam: data.locatie.naam })
    : t('toetsing.advies.titleFallback');
  useDocumentTitle(status === 403 ? t('noAccess.title') : title);
  if (status === 403) return <NoAccess reason={t('toetsing.locatie.forbidden')} />;

  return (
    <>
      <Paragraph className="kk-no-print">
        <Link to={`/locaties/${encodeURIComponent(code)}`}>
          {t('toetsing.locatie.back', { naam: data?.locatie.naam ?? code })}
        </Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {toetsing.isPending && <Loading />}
      {toetsing.isError && <ErrorMessage error={toetsing.error} />}
      {data &&
        (data.locatie.status === 'voorgesteld' ? (
          <Advies toetsing={data} peildatum={peildatum} />
        ) : (
          <Paragraph>
            {t('toetsing.advies.nietVoorgesteld')}{' '}
            <Link to={`/locaties/${encodeURIComponent(code)}/toetsing`}>
              {t('toetsing.links.locatie')}
            </Link>
          </Paragraph>
        ))}
    </>
  );
}

function Advies({ toetsing, peildatum }: { toetsing: Locatietoetsing; peildatum: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useText();
  const typeLabel = useTypeLabel();
  const { locatie, kader, telling } = toetsing;
  const titles = new Map(kader.normen.map((n) => [n.norm.id, text(n.norm.title)]));
  const date = (value: string | null) =>
    value ? formatDate(value, language) : t('locatie.notFilled');
  const address = [locatie.adres, [locatie.postcode, locatie.plaats].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <Paragraph appearance="lead">
        {t('toetsing.advies.lead', {
          gemeente: locatie.gemeenteNaam,
          naam: locatie.naam,
          code: locatie.code,
        })}{' '}
        {t(kader.aangenomen ? 'toetsing.kader.aangenomen' : 'toetsing.kader.basis', {
          versie: kader.versie,
          gemeente: locatie.gemeenteNaam,
        })}{' '}
        {t('toetsing.opPeildatum', { datum: formatDate(toetsing.peildatum, language) })}
      </Paragraph>
      <div className="kk-no-print">
        <ButtonGroup>
          <Button appearance="primary-action" onClick={() => window.print()}>
            {t('toetsing.advies.afdrukken')}
          </Button>
          <ExternalLink href={toetsPdfUrl(locatie.code, peildatum)} download>
            {t('toetsing.advies.pdf')}
          </ExternalLink>
        </ButtonGroup>
      </div>
      <section aria-labelledby="advies-locatie">
        <Heading level={2} id="advies-locatie">
          {t('toetsing.advies.locatie')}
        </Heading>
        <DataList
          items={[
            {
              key: 'adres',
              label: t('locatie.adres'),
              value: address || t('locatie.notFilled'),
            },
            {
              key: 'type',
              label: t('locatie.type'),
              value: typeLabel(locatie.type, locatie.subtype),
            },
            {
              key: 'capaciteit',
              label: t('locatie.capaciteit'),
              value: t('locatie.capaciteitWaarde', {
                count: locatie.capaciteit,
                aantal: formatNumber(locatie.capaciteit, language),
              }),
            },
            {
              key: 'periode',
              label: t('toetsing.advies.periode'),
              value: t('toetsing.advies.periodeWaarde', {
                van: date(locatie.openSinds),
                tot: date(locatie.openTot),
              }),
            },
          ]}
        />
      </section>
      <section aria-labelledby="advies-samenvatting">
        <Heading level={2} id="advies-samenvatting">
          {t('toetsing.advies.samenvatting')}
        </Heading>
        <Paragraph>{t('toetsing.telling', telling)}</Paragraph>
      </section>
      {SECTIONS.map(({ key, outcomes }) => {
        const items = toetsing.uitkomsten.filter((u) =>
          (outcomes as readonly Outcome[]).includes(u.uitkomst),
        );
        const headingId = `advies-${key}`;
        return (
          <section key={key} aria-labelledby={headingId} className="kk-advies">
            <Heading level={2} id={headingId}>
              {t(`toetsing.advies.secties.${key}.title`)}
            </Heading>
            {items.length === 0 ? (
              <Paragraph>{t(`toetsing.advies.secties.${key}.leeg`)}</Paragraph>
            ) : (
              <ul className="kk-advies__lijst">
                {items.map((u) => (
                  <li key={u.norm} className="kk-advies__item">
                    <strong>
                      {u.norm} {titles.get(u.norm)}
                    </strong>{' '}
                    <UitkomstLabel uitkomst={u.uitkomst} />
                    {u.verandering && (
                      <span className="kk-verandering">
                        {t('toetsing.veranderen', { tekst: text(u.verandering) })}
                      </span>
                    )}
                    <span className="kk-advies__toelichting">{text(u.toelichting)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <Paragraph appearance="small">{t('toetsing.advies.over')}</Paragraph>
    </>
  );
}
