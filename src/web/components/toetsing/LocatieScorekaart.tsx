import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import { useLocatieToetsing } from '../../toetsing.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { Loading } from '../Loading.js';
import { Heading, Link, Paragraph } from '../nlds/index.js';
import { CijfersNotice } from './CijfersNotice.js';
import { NormUitkomsten } from './NormUitkomsten.js';
import '../../styles/locatie.css';
import '../../styles/toetsing.css';

/**
 * A location's scorecard in brief, on its own page: the outcome per norm at the server's
 * peildatum. The server leaves the location's figures out of the explanations for everyone but
 * its staff; the full scorecard (explanation, threshold, source, another peildatum) is a link.
 */
export function LocatieScorekaart({ code }: { code: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toetsing = useLocatieToetsing(code, '');
  const data = toetsing.data;
  return (
    <section aria-labelledby="locatie-scorekaart" className="kk-scorekaart">
      <Heading level={2} id="locatie-scorekaart">
        {t('locatie.scorekaart.title')}
      </Heading>
      {toetsing.isPending && <Loading />}
      {toetsing.isError && <ErrorMessage error={toetsing.error} />}
      {data && (
        <>
          <Paragraph>
            {t(data.kader.aangenomen ? 'toetsing.kader.aangenomen' : 'toetsing.kader.basis', {
              versie: data.kader.versie,
              gemeente: data.locatie.gemeenteNaam,
            })}{' '}
            {t('toetsing.opPeildatum', { datum: formatDate(data.peildatum, language) })}
          </Paragraph>
          <CijfersNotice cijfers={data.cijfers} />
          <Paragraph>{t('toetsing.telling', data.telling)}</Paragraph>
          <div className="kk-scorekaart__themas">
            <NormUitkomsten toetsing={data} headingLevel={3} compact />
          </div>
          <Paragraph>
            <Link to={`/locaties/${encodeURIComponent(code)}/toetsing`}>
              {t('locatie.scorekaart.meer')}
            </Link>
          </Paragraph>
        </>
      )}
    </section>
  );
}
