import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, useLanguage } from '../../i18n/index.js';

/** Each language is named in itself (and marked up in it), so everyone can find their own. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <fieldset className="kk-language-switch">
      <legend className="kk-visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="utrecht-button utrecht-button--subtle kk-language-switch__button"
          aria-pressed={language === current}
          onClick={() => changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
