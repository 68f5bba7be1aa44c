import { useTranslation } from 'react-i18next';
import { Downloads } from '../components/Downloads.js';
import { DashboardFrame } from '../components/dashboard/DashboardFrame.js';
import { GemeentenTabel } from '../components/dashboard/GemeentenTabel.js';
import { KaartSectie } from '../components/dashboard/KaartSectie.js';
import { useGemeentenOverzicht } from '../components/dashboard/queries.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { NATIONAL } from '../components/indicatoren/queries.js';
import { Loading } from '../components/Loading.js';
import { Heading, Paragraph } from '../components/nlds/index.js';
import { formatDate } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';

/** The national dashboard: public (unless switched off), the published set only. */
export function DashboardPage() {
  const { t } = useTranslation();
  const title = t('dashboard.landelijk.title');
  useDocumentTitle(title);
  return (
    <DashboardFrame
      scope={NATIONAL}
      title={title}
      lead={t('dashboard.landelijk.lead')}
      area={t('indicatoren.summary.bereikAll')}
    >
      {(_table, requested) => <Gemeenten peildatum={requested} />}
    </DashboardFrame>
  );
}

function Gemeenten({ peildatum }: { peildatum: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overzicht = useGemeentenOverzicht(peildatum);
  if (overzicht.isPending) return <Loading />;
  if (overzicht.isError) return <ErrorMessage error={overzicht.error} />;
  const caption = t('dashboard.gemeenten.caption', {
    datum: formatDate(overzicht.data.peildatum, language),
  });
  return (
    <>
      <KaartSectie overzicht={overzicht.data} />
      <section aria-labelledby="dashboard-gemeenten" className="kk-dashboard-section">
        <Heading level={2} id="dashboard-gemeenten">
          {t('dashboard.gemeenten.heading')}
        </Heading>
        <Paragraph>{t('dashboard.gemeenten.lead')}</Paragraph>
        <GemeentenTabel overzicht={overzicht.data} caption={caption} />
        <Downloads
          href="/api/v1/dashboard/gemeenten/export"
          query={{ peildatum: overzicht.data.peildatum }}
          table={caption}
        />
      </section>
    </>
  );
}
