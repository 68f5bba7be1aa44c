import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { DataList, Heading, Link, Paragraph } from '../components/nlds/index.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { ApiError } from '../problem.js';
import { useGemeente } from '../queries.js';
import { useSessie } from '../session.js';

export function GemeentePage() {
  const { t } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase();
  const gemeente = useGemeente(code);
  // A municipality's framework is for accounts; the municipality page itself is public.
  const { data: sessie } = useSessie();
  const notFound = gemeente.error instanceof ApiError && gemeente.error.status === 404;
  const title =
    gemeente.data?.naam ?? (notFound ? t('gemeente.notFound.title') : t('gemeente.title'));
  useDocumentTitle(title);

  return (
    <>
      <Paragraph>
        <Link to="/gemeenten">{t('gemeente.back')}</Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {gemeente.isPending && <Loading />}
      {notFound && <Paragraph>{t('gemeente.notFound.text', { code })}</Paragraph>}
      {gemeente.isError && !notFound && <ErrorMessage error={gemeente.error} />}
      {gemeente.data && (
        <DataList
          items={[
            { key: 'naam', label: t('gemeente.naam'), value: gemeente.data.naam },
            { key: 'code', label: t('gemeente.code'), value: gemeente.data.code },
            {
              key: 'provincie',
              label: t('gemeente.provincie'),
              value: `${gemeente.data.provincieNaam} (${gemeente.data.provincieCode})`,
            },
          ]}
        />
      )}
      {gemeente.data && (
        <Paragraph>
          <Link to={`/indicatoren/gemeenten/${gemeente.data.code}`}>
            {t('indicatoren.links.gemeente', { naam: gemeente.data.naam })}
          </Link>
        </Paragraph>
      )}
      {gemeente.data && sessie && (
        <Paragraph>
          <Link to={`/gemeenten/${gemeente.data.code}/kader`}>
            {t('kader.gemeente.link', { naam: gemeente.data.naam })}
          </Link>
        </Paragraph>
      )}
      {gemeente.data && sessie && (
        <Paragraph>
          <Link to={`/gemeenten/${gemeente.data.code}/toetsing`}>
            {t('toetsing.links.gemeente', { naam: gemeente.data.naam })}
          </Link>
        </Paragraph>
      )}
    </>
  );
}
