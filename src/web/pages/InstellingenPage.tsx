import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenbareWeergave } from '../../contracts/instellingen.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { FormSection } from '../components/FormSection.js';
import { Loading } from '../components/Loading.js';
import { NoAccess } from '../components/NoAccess.js';
import { Alert, Button, Heading, Link, Paragraph } from '../components/nlds/index.js';
import { RadioGroup } from '../components/RadioGroup.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { formatDateTime } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { useOpenbareWeergave, useSaveOpenbareWeergave } from '../instellingen.js';

export function InstellingenPage() {
  const { t } = useTranslation();
  const sessie = useLoggedInSessie();
  const beheerder = sessie.gebruiker.rol === 'beheerder';
  useDocumentTitle(beheerder ? t('instellingen.title') : t('noAccess.title'));
  if (!beheerder) return <NoAccess reason={t('instellingen.onlyBeheerder')} />;
  return (
    <>
      <Heading level={1}>{t('instellingen.title')}</Heading>
      <Paragraph appearance="lead">{t('instellingen.lead')}</Paragraph>
      <OpenbareWeergaveSection />
    </>
  );
}

function OpenbareWeergaveSection() {
  const { t } = useTranslation();
  const setting = useOpenbareWeergave();
  return (
    <FormSection id="openbare-weergave" title={t('instellingen.openbaar.title')}>
      <Paragraph>{t('instellingen.openbaar.intro')}</Paragraph>
      {setting.isPending && <Loading />}
      {setting.isError && <ErrorMessage error={setting.error} />}
      {setting.data && <OpenbareWeergaveForm current={setting.data} />}
    </FormSection>
  );
}

const FIELD_ID = 'openbare-weergave-keuze';

function OpenbareWeergaveForm({ current }: { current: OpenbareWeergave }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveOpenbareWeergave();
  const [choice, setChoice] = useState(current.aan ? 'aan' : 'uit');
  const [saved, setSaved] = useState<boolean | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    save.mutate(choice === 'aan', { onSuccess: (result) => setSaved(result.aan) });
  }

  return (
    <>
      <Paragraph>
        {current.gewijzigdOp
          ? t('instellingen.openbaar.gewijzigd', {
              stand: t(`instellingen.openbaar.stand.${current.aan ? 'aan' : 'uit'}`),
              datum: formatDateTime(current.gewijzigdOp, language),
              door: current.gewijzigdDoor ?? '',
            })
          : t('instellingen.openbaar.standaard', {
              stand: t(`instellingen.openbaar.stand.${current.aan ? 'aan' : 'uit'}`),
            })}
      </Paragraph>
      {/* Present from the start: live regions only announce changes to what is already there. */}
      <div role="status" aria-live="polite">
        {saved !== null && (
          <Alert type="ok">
            <Paragraph>
              {t(saved ? 'instellingen.openbaar.savedAan' : 'instellingen.openbaar.savedUit')}
            </Paragraph>
          </Alert>
        )}
      </div>
      {save.isError && <ErrorMessage error={save.error} />}
      <form onSubmit={onSubmit} className="kk-form">
        <RadioGroup
          id={FIELD_ID}
          name="openbareWeergave"
          legend={t('instellingen.openbaar.legend')}
          options={[
            { value: 'aan', label: t('instellingen.openbaar.aan') },
            { value: 'uit', label: t('instellingen.openbaar.uit') },
          ]}
          value={choice}
          onChange={setChoice}
        />
        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {save.isPending ? t('instellingen.openbaar.busy') : t('instellingen.openbaar.submit')}
          </Button>
        </div>
      </form>
      <Paragraph>
        <Link to="/audit?actie=instellingen.openbare-weergave">
          {t('instellingen.openbaar.auditLink')}
        </Link>
      </Paragraph>
    </>
  );
}
