import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { useTypeLabel } from '../components/LocatieLabels.js';
import { NoAccess } from '../components/NoAccess.js';
import { Heading, Link, Paragraph } from '../components/nlds/index.js';
import { CijfersNotice } from '../components/toetsing/CijfersNotice.js';
import { NormUitkomsten } from '../components/toetsing/NormUitkomsten.js';
import {
  ToetsingPeildatumForm,
  UitkomstLegenda,
  usePeildatum,
} from '../components/toetsing/Uitkomst.js';
import { formatDate } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { ApiError } from '../problem.js';
import { type Locatietoetsing, useLocatieToetsing } from '../toetsing.js';
import '../styles/toetsing.css';

/** One location against its municipality's framework: per theme, per norm. */
export function ToetsingLocatiePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const code = useParams().code ?? '';
  const [peildatum, setPeildatum] = usePeildatum();
  const toetsing = useLocatieToetsing(code, peildatum);
  const status = toetsing.error instanceof ApiError ? toetsing.error.status : null;
  const data = toetsing.data;
  const title = data
    ? t('toetsing.locatie.title', { naam: data.locatie.naam })
    : t('toetsing.locatie.titleFallback');
  useDocumentTitle(status === 403 ? t('noAccess.title') : title);
  if (status === 403) return <NoAccess reason={t('toetsing.locatie.forbidden')} />;

  return (
    <>
      <Paragraph>
        <Link to={`/locaties/${encodeURIComponent(code)}`}>
          {t('toetsing.locatie.back', { naam: data?.locatie.naam ?? code })}
        </Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {toetsing.isPending && <Loading />}
      {toetsing.isError && <ErrorMessage error={toetsing.error} />}
      {data && (
        <>
          <Paragraph appearance="lead">{t('toetsing.locatie.lead')}</Paragraph>
          <Paragraph>
            {t(data.kader.aangenomen ? 'toetsing.kader.aangenomen' : 'toetsing.kader.basis', {
              versie: data.kader.versie,
              gemeente: data.locatie.gemeenteNaam,
            })}{' '}
            {t('toetsing.opPeildatum', { datum: formatDate(data.peildatum, language) })}
          </Paragraph>
          <CijfersNotice cijfers={data.cijfers} />
          <ToetsingPeildatumForm
            key={data.peildatum}
            current={peildatum || data.peildatum}
            onSubmit={setPeildatum}
          />
          <Paragraph role="status">{t('toetsing.telling', data.telling)}</Paragraph>
          {data.locatie.status === 'voorgesteld' && (
            <Paragraph>
              <Link
                to={`/locaties/${encodeURIComponent(code)}/locatietoets?peildatum=${data.peildatum}`}
              >
                {t('toetsing.links.locatietoets')}
              </Link>
            </Paragraph>
          )}
          <UitkomstLegenda />
          <Themas toetsing={data} />
        </>
      )}
    </>
  );
}

function Themas({ toetsing }: { toetsing: Locatietoetsing }) {
  const { t } = useTranslation();
  const typeLabel = useTypeLabel();
  return (
    <>
      <Paragraph>
        {t('toetsing.locatie.type', {
          type: typeLabel(toetsing.locatie.type, toetsing.locatie.subtype),
          status: t(`locaties.status.${toetsing.locatie.status}`),
        })}
      </Paragraph>
      <NormUitkomsten toetsing={toetsing} headingLevel={2} />
    </>
  );
}
