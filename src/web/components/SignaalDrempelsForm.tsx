import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DREMPEL_GRENZEN,
  SIGNAAL_SOORTEN,
  type SignaalDrempels,
  type SignaalDrempelsVanLocatie,
  type SignaalSoort,
} from '../../contracts/signalen.js';
import { formatDateTime } from '../format.js';
import { fieldProblems, serverErrors } from '../formErrors.js';
import { useFormState } from '../hooks/useFormState.js';
import { useLanguage } from '../i18n/index.js';
import { useSaveSignaalDrempels, useSignaalDrempels } from '../queries.js';
import { ErrorMessage } from './ErrorMessage.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FormSection } from './FormSection.js';
import { FormTextField } from './FormTextField.js';
import { Loading } from './Loading.js';
import { Alert, Button, Paragraph } from './nlds/index.js';

type Values = Record<SignaalSoort, string>;

const fieldId = (soort: SignaalSoort) => `drempel-${soort}`;
const isField = (name: string): name is SignaalSoort =>
  (SIGNAAL_SOORTEN as readonly string[]).includes(name);
const limitsOf = (soort: SignaalSoort) =>
  soort === 'overplaatsingen' ? DREMPEL_GRENZEN.overplaatsingen : DREMPEL_GRENZEN.dagen;
const asValues = (drempels: SignaalDrempels): Values =>
  Object.fromEntries(SIGNAAL_SOORTEN.map((soort) => [soort, String(drempels[soort])])) as Values;

/** The thresholds of one location's signal list, which its staff may change. */
export function SignaalDrempelsSection({ code, naam }: { code: string; naam: string }) {
  const { t } = useTranslation();
  const drempels = useSignaalDrempels(code);
  return (
    <FormSection id="signaal-drempels" title={t('signalen.drempels.title', { locatie: naam })}>
      <Paragraph>{t('signalen.drempels.intro')}</Paragraph>
      {drempels.isPending && <Loading />}
      {drempels.isError && <ErrorMessage error={drempels.error} />}
      {drempels.data && <DrempelsForm code={code} current={drempels.data} />}
    </FormSection>
  );
}

function DrempelsForm({ code, current }: { code: string; current: SignaalDrempelsVanLocatie }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveSignaalDrempels(code);
  const form = useFormState<SignaalSoort>(() => asValues(current.drempels));
  const { values, setValues, fieldErrors, detail, fromServer, summary, set, failed } = form;
  const [saved, setSaved] = useState(false);
  const label = (soort: SignaalSoort) => t(`signalen.drempels.velden.${soort}`);

  function validate(): Partial<Values> {
    const errors: Partial<Values> = {};
    for (const soort of SIGNAAL_SOORTEN) {
      const { min, max } = limitsOf(soort);
      const value = values[soort].trim();
      if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        errors[soort] = t(
          `signalen.drempels.errors.${soort === 'overplaatsingen' ? 'aantal' : 'dagen'}`,
          {
            veld: label(soort),
            min,
            max,
          },
        );
      }
    }
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const errors = validate();
    if (Object.keys(errors).length > 0) {
      failed(errors, null, false);
      return;
    }
    form.clearErrors();
    const drempels = Object.fromEntries(
      SIGNAAL_SOORTEN.map((soort) => [soort, Number(values[soort].trim())]),
    ) as SignaalDrempels;
    save.mutate(drempels, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        const { errors: server, general } = serverErrors(error, isField, t);
        failed(server, general, true);
      },
    });
  }

  const problems = fieldProblems(SIGNAAL_SOORTEN, fieldErrors, fromServer, fieldId, label);

  return (
    <>
      {current.gewijzigdOp && (
        <Paragraph>
          {t('signalen.drempels.gewijzigd', {
            datum: formatDateTime(current.gewijzigdOp, language),
            door: current.gewijzigdDoor ?? t('signalen.drempels.onbekend'),
          })}
        </Paragraph>
      )}
      {/* Present from the start: live regions only announce changes to what is already there. */}
      <div role="status" aria-live="polite">
        {saved && (
          <Alert type="ok">
            <Paragraph>{t('signalen.drempels.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      {(detail || problems.length > 0) && (
        <ErrorSummary
          ref={summary}
          title={t('signalen.drempels.errors.title')}
          detail={detail ?? undefined}
          fields={problems}
        />
      )}
      <form onSubmit={onSubmit} noValidate className="kk-form">
        <div className="kk-form-row">
          {SIGNAAL_SOORTEN.map((soort) => (
            <FormTextField
              key={soort}
              id={fieldId(soort)}
              name={soort}
              label={label(soort)}
              description={t(`signalen.drempels.hints.${soort}`, {
                standaard: current.standaard[soort],
              })}
              error={fieldErrors[soort]}
              value={values[soort]}
              onChange={set(soort)}
              inputMode="numeric"
              className="kk-input--short"
            />
          ))}
        </div>
        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {save.isPending ? t('signalen.drempels.busy') : t('signalen.drempels.submit')}
          </Button>
          <Button onClick={() => setValues(asValues(current.standaard))}>
            {t('signalen.drempels.standaard')}
          </Button>
        </div>
      </form>
    </>
  );
}
