import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Outcome } from '../../../domain/framework/evaluate.js';
import type { Text } from '../../../domain/framework/model.js';
import { useLanguage } from '../../i18n/index.js';
import { OUTCOME_ORDER } from '../../toetsing.js';
import { Heading } from '../nlds/index.js';
import { PeildatumForm } from '../PeildatumForm.js';

/** A shape per outcome, so that it never rests on colour alone; the word is always beside it. */
const ICONS: Record<Outcome, string> = {
  voldoet: '✓',
  voldoet_deels: '◐',
  voldoet_niet: '✗',
  onbekend: '?',
  nvt: '–',
};

export function UitkomstLabel({ uitkomst }: { uitkomst: Outcome }) {
  const { t } = useTranslation();
  return (
    <span className={`kk-normuitkomst kk-normuitkomst--${uitkomst}`}>
      <span className="kk-normuitkomst__icoon" aria-hidden="true">
        {ICONS[uitkomst]}
      </span>
      {t(`toetsing.uitkomsten.${uitkomst}`)}
    </span>
  );
}

/** What each outcome means, with its shape. */
export function UitkomstLegenda() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="toetsing-legenda" className="kk-legenda">
      <Heading level={2} id="toetsing-legenda">
        {t('toetsing.legenda')}
      </Heading>
      <dl className="kk-legenda__lijst">
        {OUTCOME_ORDER.map((uitkomst) => (
          <div key={uitkomst} className="kk-legenda__item">
            <dt>
              <UitkomstLabel uitkomst={uitkomst} />
            </dt>
            <dd>{t(`toetsing.uitleg.${uitkomst}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A text of the framework or an evaluation in the interface language. */
export function useText() {
  const language = useLanguage();
  return (text: Text) => text[language];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The peildatum lives in the address, so that a view can be shared; empty: the server's own. */
export function usePeildatum(): [string, (peildatum: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('peildatum') ?? '';
  return [
    DATE.test(raw) ? raw : '',
    (peildatum) => {
      const search = new URLSearchParams(params);
      if (peildatum) search.set('peildatum', peildatum);
      else search.delete('peildatum');
      setParams(search, { replace: true });
    },
  ];
}

/** The peildatum of the toetsing pages. */
export function ToetsingPeildatumForm(props: {
  current: string;
  onSubmit: (peildatum: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <PeildatumForm
      {...props}
      className="kk-toetsing-form kk-no-print"
      appearance="secondary-action"
      texts={{
        label: t('toetsing.peildatum'),
        description: t('toetsing.peildatumHelp'),
        submit: t('toetsing.tonen'),
      }}
    />
  );
}
