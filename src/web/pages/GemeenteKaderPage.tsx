import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Adoption } from '../../domain/framework/adoption.js';
import type { Framework } from '../../domain/framework/model.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { AannemenForm } from '../components/kader/AannemenForm.js';
import { AanscherpenForm } from '../components/kader/AanscherpenForm.js';
import { KaderVergelijking } from '../components/kader/KaderVergelijking.js';
import { KaderYaml } from '../components/kader/KaderYaml.js';
import { LokaleNormForm } from '../components/kader/LokaleNormForm.js';
import { NietOvernemenForm } from '../components/kader/NietOvernemenForm.js';
import { Loading } from '../components/Loading.js';
import { Heading, Link, Paragraph } from '../components/nlds/index.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { formatDateTime } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { type GemeenteKaderStand, useGemeenteKader, useKader, useKaderVersies } from '../kader.js';
import { ApiError } from '../problem.js';
import '../styles/kader.css';

/**
 * A municipality's framework: baseline and local version side by side for every account; for
 * the municipality itself also the forms to adopt, tighten, leave out and add, and the file.
 */
export function GemeenteKaderPage() {
  const { t } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase();
  const sessie = useLoggedInSessie();
  const stand = useGemeenteKader(code);
  const versies = useKaderVersies();
  const baseline = useKader(stand.data?.kader?.framework);
  const notFound = stand.error instanceof ApiError && stand.error.status === 404;
  const naam = stand.data?.gemeente.naam;
  const title = naam ? t('kader.gemeente.title', { naam }) : t('kader.gemeente.titleFallback');
  useDocumentTitle(notFound ? t('gemeente.notFound.title') : title);
  const editor = sessie.gebruiker.rol === 'gemeente' && sessie.bereik.gemeenteCode === code;

  return (
    <>
      <Paragraph>
        <Link to={`/gemeenten/${code}`}>{t('kader.gemeente.back', { naam: naam ?? code })}</Link>
      </Paragraph>
      <Heading level={1}>{notFound ? t('gemeente.notFound.title') : title}</Heading>
      {notFound && <Paragraph>{t('gemeente.notFound.text', { code })}</Paragraph>}
      {stand.isError && !notFound && <ErrorMessage error={stand.error} />}
      {(stand.isPending || baseline.isLoading) && <Loading />}
      {baseline.isError && <ErrorMessage error={baseline.error} />}
      {stand.data && (
        <>
          <Paragraph appearance="lead">{t('kader.gemeente.lead')}</Paragraph>
          <Status stand={stand.data} />
          {!editor && <Paragraph>{t('kader.gemeente.alleenLezen')}</Paragraph>}
          {editor && !stand.data.kader && versies.data && (
            <AannemenForm stand={stand.data} versions={versies.data.items} />
          )}
          {stand.data.kader && baseline.data && (
            <Adopted
              stand={{ ...stand.data, kader: stand.data.kader }}
              baseline={baseline.data}
              editor={editor}
            />
          )}
          <KaderYaml stand={stand.data} editor={editor} />
        </>
      )}
    </>
  );
}

function Status({ stand }: { stand: GemeenteKaderStand }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const naam = stand.gemeente.naam;
  if (!stand.kader) return <Paragraph>{t('kader.gemeente.nietAangenomen', { naam })}</Paragraph>;
  return (
    <Paragraph>
      {t('kader.gemeente.aangenomen', { naam, versie: stand.kader.framework })}{' '}
      {stand.gewijzigdOp &&
        t('kader.gemeente.gewijzigd', {
          datum: formatDateTime(stand.gewijzigdOp, language),
          door: stand.gewijzigdDoor ?? '—',
          revisie: stand.revisie,
        })}
    </Paragraph>
  );
}

interface AdoptedProps {
  stand: GemeenteKaderStand & { kader: Adoption };
  baseline: Framework;
  editor: boolean;
}

function Adopted({ stand, baseline, editor }: AdoptedProps) {
  return (
    <>
      <KaderVergelijking stand={stand} baseline={baseline} editor={editor} />
      {editor && (
        <>
          <AanscherpenForm stand={stand} baseline={baseline} />
          <NietOvernemenForm stand={stand} baseline={baseline} />
          <LokaleNormForm stand={stand} baseline={baseline} />
        </>
      )}
    </>
  );
}
