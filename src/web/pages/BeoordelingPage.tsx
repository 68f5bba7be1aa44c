import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { BeoordelingDto } from '../../contracts/beoordelingen.js';
import { NormOordeelForm } from '../components/beoordeling/NormOordeelForm.js';
import { bijlageUrl, useBeoordeling, useVaststellen } from '../components/beoordeling/queries.js';
import { TrendBar } from '../components/beoordeling/TrendBar.js';
import { Verbeteracties } from '../components/beoordeling/Verbeteracties.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { errorText } from '../components/errorText.js';
import { Loading } from '../components/Loading.js';
import { NoAccess } from '../components/NoAccess.js';
import { Alert, Button, DataList, Heading, Link, Paragraph } from '../components/nlds/index.js';
import { formatDate } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { ApiError } from '../problem.js';

type Norm = BeoordelingDto['normen'][number];

/** One assessment: its norms per theme, the assessor's forms, the actions, and adopting it. */
export function BeoordelingPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const beoordeling = useBeoordeling(id);
  const status = beoordeling.error instanceof ApiError ? beoordeling.error.status : null;
  const title = beoordeling.data
    ? t('beoordeling.titleFor', { naam: beoordeling.data.locatie.naam })
    : t('beoordeling.title');
  useDocumentTitle(status === 403 ? t('noAccess.title') : title);
  if (status === 403) return <NoAccess reason={t('beoordeling.forbidden')} />;
  return (
    <>
      {beoordeling.data && (
        <Paragraph>
          <Link to={`/locaties/${encodeURIComponent(beoordeling.data.locatie.code)}`}>
            {t('beoordeling.terug', { naam: beoordeling.data.locatie.naam })}
          </Link>
        </Paragraph>
      )}
      <Heading level={1}>{title}</Heading>
      {beoordeling.isPending && <Loading />}
      {status === 404 && <Paragraph>{t('beoordeling.notFound')}</Paragraph>}
      {beoordeling.isError && status !== 404 && <ErrorMessage error={beoordeling.error} />}
      {beoordeling.data && <BeoordelingView beoordeling={beoordeling.data} />}
    </>
  );
}

function BeoordelingView({ beoordeling }: { beoordeling: BeoordelingDto }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (value: string) => formatDate(value, language);
  const themes = [...new Set(beoordeling.normen.map((n) => n.thema))];
  return (
    <>
      <DataList
        items={[
          {
            key: 'periode',
            label: t('beoordeling.velden.periode'),
            value: t('beoordeling.periode', {
              van: date(beoordeling.van),
              tot: date(beoordeling.tot),
            }),
          },
          {
            key: 'status',
            label: t('beoordeling.velden.status'),
            value: beoordeling.vastgesteldOp
              ? t('beoordeling.vastgesteldDoor', {
                  door: beoordeling.vastgesteldDoor ?? t('beoordeling.cli'),
                  op: date(beoordeling.vastgesteldOp.slice(0, 10)),
                })
              : t(`beoordeling.statussen.${beoordeling.status}`),
          },
          { key: 'kader', label: t('beoordeling.velden.kader'), value: beoordeling.kaderVersie },
          {
            key: 'aangemaakt',
            label: t('beoordeling.velden.aangemaakt'),
            value: `${beoordeling.aangemaaktDoor ?? t('beoordeling.cli')}, ${date(beoordeling.aangemaaktOp.slice(0, 10))}`,
          },
          {
            key: 'revisie',
            label: t('beoordeling.velden.revisie'),
            value: t('beoordeling.revisie', {
              revisie: beoordeling.revisie,
              door: beoordeling.gewijzigdDoor ?? t('beoordeling.cli'),
            }),
          },
          {
            key: 'telling',
            label: t('beoordeling.velden.telling'),
            value: (
              <>
                {(['voldoet', 'voldoet_deels', 'voldoet_niet', 'onbekend', 'nvt'] as const)
                  .map((u) => `${t(`beoordeling.uitkomsten.${u}`)}: ${beoordeling.telling[u]}`)
                  .join(' · ')}{' '}
                <TrendBar telling={beoordeling.telling} />
              </>
            ),
          },
        ]}
      />
      <Vaststellen beoordeling={beoordeling} />
      {themes.map((thema) => (
        <section key={thema} aria-labelledby={`thema-${thema}`} className="kk-beoordeling-thema">
          <Heading level={2} id={`thema-${thema}`}>
            {t('beoordeling.thema', { thema })}
          </Heading>
          {beoordeling.normen
            .filter((n) => n.thema === thema)
            .map((norm) => (
              <NormBlock key={norm.norm} beoordeling={beoordeling} norm={norm} />
            ))}
        </section>
      ))}
      <Verbeteracties beoordeling={beoordeling} />
    </>
  );
}

function NormBlock({ beoordeling, norm }: { beoordeling: BeoordelingDto; norm: Norm }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bijlagen = beoordeling.bijlagen.filter((b) => b.norm === norm.norm);
  const headingId = `norm-${norm.norm.replaceAll('.', '-')}-titel`;
  return (
    <article aria-labelledby={headingId} className="kk-beoordeling-norm">
      <Heading level={3} id={headingId}>
        {norm.norm} {norm.titel[language]}
      </Heading>
      <Paragraph>
        <span className={`kk-uitkomst kk-uitkomst--${norm.uitkomst ?? 'open'}`}>
          {norm.uitkomst
            ? t(`beoordeling.uitkomsten.${norm.uitkomst}`)
            : t('beoordeling.nogNietBeoordeeld')}
        </span>{' '}
        {norm.soort === 'automatisch'
          ? t('beoordeling.automatisch')
          : t('beoordeling.doorBeoordelaar')}
      </Paragraph>
      <Paragraph>{norm.toelichting[language]}</Paragraph>
      {norm.vraag && (
        <Paragraph>
          <strong>{t('beoordeling.vraag')}</strong> {norm.vraag[language]}
        </Paragraph>
      )}
      {norm.soort === 'beoordelaar' && !beoordeling.mijnRol.magWijzigen && norm.onderbouwing && (
        <Paragraph>
          <strong>{t('beoordeling.oordeel.onderbouwingKop')}</strong> {norm.onderbouwing}
        </Paragraph>
      )}
      {bijlagen.length > 0 && (
        <ul className="utrecht-unordered-list">
          {bijlagen.map((b) => (
            <li key={b.id} className="utrecht-unordered-list__item">
              <a
                className="utrecht-link utrecht-link--html-a"
                href={bijlageUrl(beoordeling.id, b.id)}
                download
              >
                {b.bestandsnaam}
              </a>{' '}
              ({Math.ceil(b.grootte / 1024)} kB)
            </li>
          ))}
        </ul>
      )}
      {norm.soort === 'beoordelaar' && beoordeling.mijnRol.magWijzigen && (
        <NormOordeelForm beoordeling={beoordeling} norm={norm} />
      )}
    </article>
  );
}

/** The four-eyes step: the button is there for every writer, disabled with the reason. */
function Vaststellen({ beoordeling }: { beoordeling: BeoordelingDto }) {
  const { t } = useTranslation();
  const adopt = useVaststellen(beoordeling.id);
  const alert = useRef<HTMLDivElement>(null);
  if (!beoordeling.mijnRol.magWijzigen) {
    return beoordeling.status === 'vastgesteld' ? (
      <Alert type="info">
        <Paragraph>{t('beoordeling.vaststellen.locked')}</Paragraph>
      </Alert>
    ) : null;
  }
  const reasonId = 'vaststellen-waarom';
  return (
    <section aria-labelledby="vaststellen-titel" className="kk-inline-form">
      <Heading level={2} id="vaststellen-titel">
        {t('beoordeling.vaststellen.title')}
      </Heading>
      <Paragraph>{t('beoordeling.vaststellen.lead')}</Paragraph>
      {beoordeling.mijnRol.waaromNiet && (
        <Paragraph id={reasonId}>{beoordeling.mijnRol.waaromNiet}</Paragraph>
      )}
      {adopt.isError && (
        <Alert type="error" role="alert" ref={alert} tabIndex={-1}>
          <Paragraph>{errorText(adopt.error, t)}</Paragraph>
        </Alert>
      )}
      <Button
        appearance="primary-action"
        disabled={!beoordeling.mijnRol.magVaststellen}
        aria-describedby={beoordeling.mijnRol.waaromNiet ? reasonId : undefined}
        busy={adopt.isPending}
        onClick={() => adopt.mutate(beoordeling.revisie, { onError: () => alert.current?.focus() })}
      >
        {t('beoordeling.vaststellen.submit')}
      </Button>
    </section>
  );
}
