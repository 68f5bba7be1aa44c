import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Framework } from '../../domain/framework/model.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { NormDetails } from '../components/kader/NormDetails.js';
import { Loading } from '../components/Loading.js';
import { Button, FormField, Heading, Link, Paragraph, Select } from '../components/nlds/index.js';
import { formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { type KaderVersie, useKader, useKaderVersies } from '../kader.js';
import { useSessie } from '../session.js';
import '../styles/kader.css';

/** The framework as published: every theme and norm, with explanation, source and default. */
export function KwaliteitskaderPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('kader.title'));
  const versies = useKaderVersies();
  const [search] = useSearchParams();
  const items = versies.data?.items ?? [];
  // The newest version unless another is asked for.
  const chosen = items.find((v) => v.version === search.get('versie')) ?? items.at(-1);
  const kader = useKader(chosen?.version);

  return (
    <>
      <Heading level={1}>{t('kader.title')}</Heading>
      <Paragraph appearance="lead">{t('kader.lead')}</Paragraph>
      <OwnMunicipalityLink />
      {(versies.isPending || kader.isLoading) && <Loading />}
      {versies.isError && <ErrorMessage error={versies.error} />}
      {kader.isError && <ErrorMessage error={kader.error} />}
      {items.length > 1 && chosen && <VersionChoice versions={items} chosen={chosen.version} />}
      {kader.data && chosen && <FrameworkText framework={kader.data} summary={chosen} />}
    </>
  );
}

function OwnMunicipalityLink() {
  const { t } = useTranslation();
  const { data: sessie } = useSessie();
  const code = sessie?.gebruiker.rol === 'gemeente' ? sessie.bereik.gemeenteCode : null;
  if (!code) return null;
  return (
    <Paragraph>
      <Link to={`/gemeenten/${code}/kader`}>
        {t('kader.eigenGemeente', { naam: sessie?.bereik.gemeenteNaam ?? code })}
      </Link>
    </Paragraph>
  );
}

/** A plain GET form: choosing a version changes nothing until the button is pressed. */
function VersionChoice({ versions, chosen }: { versions: KaderVersie[]; chosen: string }) {
  const { t } = useTranslation();
  return (
    <form method="get" className="kk-inline-form kk-version-choice">
      <FormField label={t('kader.versie')} id="kader-versie">
        {(control) => (
          <Select {...control} name="versie" defaultValue={chosen}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {t('kader.versieOptie', { versie: v.version })}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <Button type="submit">{t('kader.versieTonen')}</Button>
    </form>
  );
}

function FrameworkText({ framework, summary }: { framework: Framework; summary: KaderVersie }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Paragraph>
        <strong>{framework.title[language]}</strong>.{' '}
        {t('kader.samenvatting', {
          versie: framework.version,
          themas: formatNumber(summary.themes, language),
          normen: formatNumber(summary.norms, language),
        })}
      </Paragraph>
      <Paragraph>{framework.description[language]}</Paragraph>
      <nav aria-label={t('kader.inhoud')}>
        <ul className="utrecht-unordered-list">
          {framework.themes.map((theme) => (
            <li className="utrecht-unordered-list__item" key={theme.id}>
              <a className="utrecht-link utrecht-link--html-a" href={`#thema-${theme.id}`}>
                {t('kader.themaTitel', { id: theme.id, titel: theme.title[language] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {framework.themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`thema-${theme.id}`} className="kk-theme">
          <Heading level={2} id={`thema-${theme.id}`}>
            {t('kader.themaTitel', { id: theme.id, titel: theme.title[language] })}
          </Heading>
          <Paragraph>{theme.explanation[language]}</Paragraph>
          {theme.norms.map((norm) => (
            <NormDetails key={norm.id} norm={norm} />
          ))}
        </section>
      ))}
    </>
  );
}
