import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Activiteit } from '../../contracts/activiteiten.js';
import type { Locatie } from '../../contracts/locaties.js';
import {
  ACTIVITEIT_VELDEN,
  type ActiviteitSavedState,
  type ActiviteitVeld,
  invoerOf,
  veldenOf,
} from '../activiteiten.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { FormSection } from '../components/FormSection.js';
import { FormTextField, type FormTextFieldProps } from '../components/FormTextField.js';
import { Loading } from '../components/Loading.js';
import { NoAccess } from '../components/NoAccess.js';
import { Button, FormField, Heading, Link, Paragraph, Select } from '../components/nlds/index.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { fieldProblems, serverErrors } from '../formErrors.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useFormState } from '../hooks/useFormState.js';
import { useLanguage } from '../i18n/index.js';
import { ACTIVITEIT_CATEGORIEEN, canWriteActiviteiten, isOneOf } from '../locatieVelden.js';
import { ApiError } from '../problem.js';
import { useActiviteiten, useLocatie, useSaveActiviteit } from '../queries.js';

type Values = Record<ActiviteitVeld, string>;
type FieldErrors = Partial<Record<ActiviteitVeld, string>>;

const REQUIRED = [
  'naam',
  'categorie',
  'frequentie_per_week',
  'van',
] as const satisfies readonly ActiviteitVeld[];
const WHOLE_NUMBERS = ['leeftijd_van', 'leeftijd_tot', 'bereik'] as const;

const EMPTY: Values = {
  naam: '',
  partner: '',
  categorie: '',
  leeftijd_van: '',
  leeftijd_tot: '',
  frequentie_per_week: '',
  van: '',
  tot: '',
  bereik: '',
};

const fieldId = (field: ActiviteitVeld) => `activiteit-${field.replaceAll('_', '-')}`;

function isRequired(field: ActiviteitVeld): boolean {
  return (REQUIRED as readonly ActiviteitVeld[]).includes(field);
}

function isField(name: string): name is ActiviteitVeld {
  return (ACTIVITEIT_VELDEN as readonly string[]).includes(name);
}

const back = (code: string) => `/locaties/${encodeURIComponent(code)}`;

/** Adding (`/nieuw`) or changing (`/wijzigen?naam=…&van=…`) an activity of one location. */
export function ActiviteitFormPage({ mode }: { mode: 'nieuw' | 'wijzigen' }) {
  const sessie = useLoggedInSessie();
  const code = useParams().code ?? '';
  if (!canWriteActiviteiten(sessie.gebruiker.rol)) return <OnlyWriters />;
  return <ActiviteitFormLoader code={code} mode={mode} />;
}

function OnlyWriters() {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  return <NoAccess reason={t('activiteitForm.onlyWriters')} />;
}

function ActiviteitFormLoader({ code, mode }: { code: string; mode: 'nieuw' | 'wijzigen' }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locatie = useLocatie(code);
  const activiteiten = useActiviteiten();
  const status = locatie.error instanceof ApiError ? locatie.error.status : null;
  const naam = search.get('naam') ?? '';
  const van = search.get('van') ?? '';
  const editing = mode === 'wijzigen';
  // The form starts from what was loaded once; a refetch while typing must not overwrite it.
  const [existing, setExisting] = useState<Activiteit | null | undefined>(undefined);
  useEffect(() => {
    if (!editing || existing !== undefined || !activiteiten.data) return;
    setExisting(
      activiteiten.data.items.find((a) => a.locatie === code && a.naam === naam && a.van === van) ??
        null,
    );
  }, [editing, existing, activiteiten.data, code, naam, van]);

  const title = editing
    ? existing
      ? t('activiteitForm.editTitleFor', { naam: existing.naam })
      : t('activiteitForm.editTitle')
    : t('activiteitForm.newTitle');
  useDocumentTitle(status === 403 ? t('noAccess.title') : title);
  if (status === 403) return <NoAccess reason={t('locatie.forbidden')} />;

  const loading = locatie.isPending || (editing && activiteiten.isPending);
  const ready = locatie.data && (!editing || existing);
  return (
    <>
      <Paragraph>
        <Link to={back(code)}>{t('activiteitForm.backToLocatie')}</Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {loading && <Loading />}
      {status === 404 && <Paragraph>{t('locatie.notFound.text', { code })}</Paragraph>}
      {locatie.isError && status !== 404 && <ErrorMessage error={locatie.error} />}
      {editing && activiteiten.isError && <ErrorMessage error={activiteiten.error} />}
      {editing && existing === null && <Paragraph>{t('activiteitForm.notFound')}</Paragraph>}
      {ready && locatie.data && (
        <ActiviteitForm locatie={locatie.data} existing={editing ? (existing ?? null) : null} />
      )}
    </>
  );
}

interface ActiviteitFormProps {
  locatie: Locatie;
  /** The activity as it is now; null for a new one. */
  existing: Activiteit | null;
}

function ActiviteitForm({ locatie, existing }: ActiviteitFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const save = useSaveActiviteit();
  const form = useFormState<ActiviteitVeld>(() => (existing ? veldenOf(existing) : EMPTY));
  const { values, fieldErrors, detail, fromServer, summary, set, failed } = form;

  const label = (field: ActiviteitVeld) => t(`activiteitForm.fields.${field}`);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    for (const field of REQUIRED) {
      if (!values[field].trim()) errors[field] = t(`activiteitForm.required.${field}`);
    }
    for (const field of WHOLE_NUMBERS) {
      const value = values[field].trim();
      if (value && !/^\d+$/.test(value)) {
        errors[field] = t('activiteitForm.errors.wholeNumber', {
          veld: label(field).toLocaleLowerCase(language),
        });
      }
    }
    const frequentie = values.frequentie_per_week.trim().replace(',', '.');
    if (frequentie && !(/^\d+(\.\d+)?$/.test(frequentie) && Number(frequentie) > 0)) {
      errors.frequentie_per_week = t('activiteitForm.errors.frequentie');
    }
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    if (Object.keys(errors).length > 0) {
      failed(errors, null, false);
      return;
    }
    form.clearErrors();
    const naam = values.naam.trim();
    save.mutate(invoerOf(locatie.code, values), {
      onSuccess: () => {
        const state: ActiviteitSavedState = {
          activiteit: { actie: existing ? 'gewijzigd' : 'nieuw', naam },
        };
        navigate(back(locatie.code), { state });
      },
      onError: (error) => {
        const { errors, general } = serverErrors(error, isField, t);
        failed(errors, general, true);
      },
    });
  }

  const problems = fieldProblems(ACTIVITEIT_VELDEN, fieldErrors, fromServer, fieldId, label);

  function requiredLabel(field: ActiviteitVeld): ReactNode {
    return (
      <>
        {label(field)}
        {isRequired(field) && (
          <span className="kk-required"> {t('activiteitForm.requiredMark')}</span>
        )}
      </>
    );
  }

  function text(
    field: ActiviteitVeld,
    options: Omit<
      FormTextFieldProps,
      'id' | 'name' | 'label' | 'value' | 'onChange' | 'error'
    > = {},
  ) {
    return (
      <FormTextField
        {...options}
        id={fieldId(field)}
        name={field}
        label={requiredLabel(field)}
        error={fieldErrors[field]}
        value={values[field]}
        onChange={set(field)}
      />
    );
  }

  const categorieOptions = ACTIVITEIT_CATEGORIEEN.map((categorie) => ({
    value: categorie as string,
    label: t(`activiteiten.categorieen.${categorie}`),
  }));
  // A category the server knows and this app does not yet stays choosable, so it is not lost.
  if (values.categorie && !isOneOf(ACTIVITEIT_CATEGORIEEN, values.categorie)) {
    categorieOptions.push({ value: values.categorie, label: values.categorie });
  }

  return (
    <>
      <Paragraph appearance="lead">
        {t('activiteitForm.locatie', { naam: locatie.naam, code: locatie.code })}
      </Paragraph>
      <Paragraph>
        {existing ? t('activiteitForm.introEdit') : t('activiteitForm.introNew')}
      </Paragraph>
      {(detail || problems.length > 0) && (
        <ErrorSummary
          ref={summary}
          title={t('activiteitForm.errors.title')}
          detail={detail ?? undefined}
          fields={problems}
        />
      )}
      <form onSubmit={onSubmit} noValidate className="kk-form">
        <FormSection id="sectie-wat" title={t('activiteitForm.sections.wat')}>
          {text('naam', {
            description: existing
              ? t('activiteitForm.hints.naamFixed')
              : t('activiteitForm.hints.naam'),
            readOnly: Boolean(existing),
          })}
          {text('partner', { description: t('activiteitForm.hints.partner') })}
          <FormField
            label={requiredLabel('categorie')}
            error={fieldErrors.categorie}
            id={fieldId('categorie')}
          >
            {({ invalid, ...control }) => (
              <Select
                {...control}
                invalid={invalid}
                name="categorie"
                value={values.categorie}
                onChange={set('categorie')}
              >
                {!values.categorie && <option value="">{t('activiteitForm.choose')}</option>}
                {categorieOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </FormSection>

        <FormSection id="sectie-voor-wie" title={t('activiteitForm.sections.voorWie')}>
          <div className="kk-form-row">
            {text('leeftijd_van', {
              description: t('activiteitForm.hints.leeftijd'),
              inputMode: 'numeric',
              className: 'kk-input--short',
            })}
            {text('leeftijd_tot', {
              description: t('activiteitForm.hints.leeftijd'),
              inputMode: 'numeric',
              className: 'kk-input--short',
            })}
          </div>
          {text('frequentie_per_week', {
            description: t('activiteitForm.hints.frequentie'),
            inputMode: 'decimal',
            className: 'kk-input--short',
          })}
          {text('bereik', {
            description: t('activiteitForm.hints.bereik'),
            inputMode: 'numeric',
            className: 'kk-input--short',
          })}
        </FormSection>

        <FormSection id="sectie-wanneer" title={t('activiteitForm.sections.wanneer')}>
          <div className="kk-form-row">
            {text('van', {
              type: 'date',
              className: 'kk-input--date',
              description: existing
                ? t('activiteitForm.hints.vanFixed')
                : t('activiteitForm.hints.van'),
              readOnly: Boolean(existing),
            })}
            {text('tot', {
              type: 'date',
              className: 'kk-input--date',
              description: t('activiteitForm.hints.tot'),
            })}
          </div>
        </FormSection>

        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {save.isPending ? t('activiteitForm.busy') : t('activiteitForm.submit')}
          </Button>
          <Link to={back(locatie.code)}>{t('activiteitForm.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
