import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Locatie } from '../../contracts/locaties.js';
import type { Sessie } from '../../contracts/sessie.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { FormSection } from '../components/FormSection.js';
import { FormTextField, type FormTextFieldProps } from '../components/FormTextField.js';
import { Loading } from '../components/Loading.js';
import { NoAccess } from '../components/NoAccess.js';
import { Button, FormField, Heading, Link, Paragraph, Select } from '../components/nlds/index.js';
import { RadioGroup } from '../components/RadioGroup.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { formatDate } from '../format.js';
import { fieldProblems, serverErrors } from '../formErrors.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useFormState } from '../hooks/useFormState.js';
import { useLanguage } from '../i18n/index.js';
import {
  BEHEERDERS,
  canWriteLocaties,
  FEIT_WAARDEN,
  FEITEN,
  type Feit,
  feitWaarde,
  isOneOf,
  LOCATIE_TYPES,
  STATUSES,
  SUBTYPES,
} from '../locatieVelden.js';
import { ApiError } from '../problem.js';
import { type LocatieInvoer, useLocatie, useSaveLocatie } from '../queries.js';
import type { SavedState } from './LocatiePage.js';

/** The form's fields are the columns of the locations file, with the same names. */
const TEXT_FIELDS = [
  'code',
  'naam',
  'gemeente',
  'type',
  'subtype',
  'geldig_vanaf',
  'capaciteit',
  'status',
  'open_sinds',
  'open_tot',
  'beheerder',
  'adres',
  'postcode',
  'plaats',
  'lat',
  'lon',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Field = TextField | Feit;
const FIELDS: readonly Field[] = [...TEXT_FIELDS, ...FEITEN];
type Values = Record<Field, string>;
type FieldErrors = Partial<Record<Field, string>>;

const REQUIRED = [
  'code',
  'naam',
  'gemeente',
  'type',
  'capaciteit',
] as const satisfies readonly TextField[];

function isRequired(field: TextField): boolean {
  return (REQUIRED as readonly TextField[]).includes(field);
}

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

/** `open_sinds` → `locatie-open-sinds`: the id of the control, for links from the error summary. */
export function fieldId(field: Field): string {
  return `locatie-${field.replaceAll('_', '-')}`;
}

function emptyValues(sessie: Sessie): Values {
  const values = Object.fromEntries(FIELDS.map((field) => [field, ''])) as Values;
  values.status = 'open';
  // A municipality adds locations in its own municipality; prefilled, still changeable.
  values.gemeente = sessie.bereik.soort === 'gemeente' ? (sessie.bereik.gemeenteCode ?? '') : '';
  return values;
}

function valuesOf(locatie: Locatie): Values {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  const values: Values = {
    code: locatie.code,
    naam: locatie.naam,
    gemeente: locatie.gemeenteCode,
    type: locatie.type,
    subtype: text(locatie.subtype),
    geldig_vanaf: '',
    capaciteit: String(locatie.capaciteit),
    status: locatie.status,
    open_sinds: text(locatie.openSinds),
    open_tot: text(locatie.openTot),
    beheerder: text(locatie.beheerder),
    adres: text(locatie.adres),
    postcode: text(locatie.postcode),
    plaats: text(locatie.plaats),
    lat: text(locatie.lat),
    lon: text(locatie.lon),
  } as Values;
  for (const feit of FEITEN) values[feit] = feitWaarde(locatie.feiten[feit]);
  return values;
}

/** What is posted: every column, trimmed; decimal commas become points, as in a comma CSV. */
function invoerOf(values: Values, existing: Locatie | null): LocatieInvoer {
  const invoer: LocatieInvoer = {};
  for (const field of FIELDS) invoer[field] = values[field].trim();
  invoer.lat = invoer.lat!.replace(',', '.');
  invoer.lon = invoer.lon!.replace(',', '.');
  // A new location has no history yet: its type holds from the beginning.
  if (!existing) delete invoer.geldig_vanaf;
  return invoer;
}

function typeChanged(values: Values, existing: Locatie | null): boolean {
  if (!existing) return false;
  return values.type !== existing.type || values.subtype !== (existing.subtype ?? '');
}

export function LocatieFormPage() {
  const sessie = useLoggedInSessie();
  const code = useParams().code;
  if (!canWriteLocaties(sessie.gebruiker.rol)) return <OnlyWriters />;
  if (code) return <EditLocatie code={code} />;
  return <NewLocatie sessie={sessie} />;
}

function OnlyWriters() {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  return <NoAccess reason={t('locatieForm.onlyWriters')} />;
}

function NewLocatie({ sessie }: { sessie: Sessie }) {
  const { t } = useTranslation();
  useDocumentTitle(t('locatieForm.newTitle'));
  return (
    <>
      <Paragraph>
        <Link to="/locaties">{t('locatie.back')}</Link>
      </Paragraph>
      <Heading level={1}>{t('locatieForm.newTitle')}</Heading>
      <LocatieForm initial={emptyValues(sessie)} existing={null} />
    </>
  );
}

function EditLocatie({ code }: { code: string }) {
  const { t } = useTranslation();
  const locatie = useLocatie(code);
  const notFound = locatie.error instanceof ApiError && locatie.error.status === 404;
  // The form starts from what was loaded once; a refetch while typing must not overwrite it.
  const [initial, setInitial] = useState<{ values: Values; locatie: Locatie } | null>(null);
  useEffect(() => {
    if (locatie.data && !initial)
      setInitial({ values: valuesOf(locatie.data), locatie: locatie.data });
  }, [locatie.data, initial]);
  useDocumentTitle(
    initial
      ? t('locatieForm.editTitleFor', { naam: initial.locatie.naam })
      : t('locatieForm.editTitle'),
  );

  return (
    <>
      <Paragraph>
        <Link to={`/locaties/${encodeURIComponent(code)}`}>{t('locatieForm.backToLocatie')}</Link>
      </Paragraph>
      <Heading level={1}>
        {initial
          ? t('locatieForm.editTitleFor', { naam: initial.locatie.naam })
          : t('locatieForm.editTitle')}
      </Heading>
      {locatie.isPending && <Loading />}
      {notFound && <Paragraph>{t('locatie.notFound.text', { code })}</Paragraph>}
      {locatie.isError && !notFound && <ErrorMessage error={locatie.error} />}
      {initial && <LocatieForm initial={initial.values} existing={initial.locatie} />}
    </>
  );
}

interface LocatieFormProps {
  initial: Values;
  /** The location as it is now; null for a new one. */
  existing: Locatie | null;
}

function LocatieForm({ initial, existing }: LocatieFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const save = useSaveLocatie();
  const form = useFormState<Field>(initial);
  const { values, setValues, fieldErrors, detail, fromServer, summary, set, failed } = form;
  const changedType = typeChanged(values, existing);

  function label(field: Field): string {
    return isOneOf(FEITEN, field)
      ? t(`locaties.feiten.${field}`)
      : t(`locatieForm.fields.${field}`);
  }

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    for (const field of REQUIRED) {
      if (!values[field].trim()) errors[field] = t(`locatieForm.required.${field}`);
    }
    if (values.capaciteit.trim() && !/^\d+$/.test(values.capaciteit.trim())) {
      errors.capaciteit = t('locatieForm.errors.capaciteit');
    }
    if (values.type === 'crisisnoodopvang' && !values.subtype) {
      errors.subtype = t('locatieForm.errors.subtypeRequired');
    }
    if (changedType && !values.geldig_vanaf) {
      errors.geldig_vanaf = t('locatieForm.errors.geldigVanafRequired');
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
    save.mutate(invoerOf(values, existing), {
      onSuccess: (locatie) => {
        const state: SavedState = { opgeslagen: existing ? 'gewijzigd' : 'nieuw' };
        navigate(`/locaties/${encodeURIComponent(locatie.code)}`, { state });
      },
      onError: (error) => {
        const { errors, general } = serverErrors(error, isField, t);
        failed(errors, general, true);
      },
    });
  }

  const problems = fieldProblems(FIELDS, fieldErrors, fromServer, fieldId, label);

  function text(
    field: TextField,
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
        spellCheck={false}
      />
    );
  }

  function requiredLabel(field: TextField): ReactNode {
    const required = isRequired(field) || (field === 'geldig_vanaf' && changedType);
    return (
      <>
        {label(field)}
        {required && <span className="kk-required"> {t('locatieForm.requiredMark')}</span>}
      </>
    );
  }

  function select(field: TextField, options: readonly { value: string; label: string }[]) {
    return (
      <FormField
        label={requiredLabel(field)}
        description={field === 'subtype' ? t('locatieForm.hints.subtype') : undefined}
        error={fieldErrors[field]}
        id={fieldId(field)}
      >
        {({ invalid, ...control }) => (
          <Select
            {...control}
            invalid={invalid}
            name={field}
            value={values[field]}
            onChange={set(field)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    );
  }

  const typeOptions: { value: string; label: string }[] = LOCATIE_TYPES.map((type) => ({
    value: type,
    label: t(`locaties.typeOptions.${type}`),
  }));
  // A type the server knows and this app does not yet stays choosable, so it is not lost.
  if (values.type && !isOneOf(LOCATIE_TYPES, values.type)) {
    typeOptions.push({ value: values.type, label: values.type });
  }
  const currentPeriod = existing?.perioden.at(-1);

  return (
    <>
      <Paragraph>{existing ? t('locatieForm.introEdit') : t('locatieForm.introNew')}</Paragraph>
      {(detail || problems.length > 0) && (
        <ErrorSummary
          ref={summary}
          title={t('locatieForm.errors.title')}
          detail={detail ?? undefined}
          fields={problems}
        />
      )}
      <form onSubmit={onSubmit} noValidate className="kk-form">
        <FormSection id="sectie-algemeen" title={t('locatieForm.sections.algemeen')}>
          {text('code', {
            description: existing ? t('locatieForm.hints.codeFixed') : t('locatieForm.hints.code'),
            readOnly: Boolean(existing),
            className: 'kk-input--medium',
          })}
          {text('naam')}
          {text('gemeente', {
            description: t('locatieForm.hints.gemeente'),
            className: 'kk-input--medium',
          })}
        </FormSection>

        <FormSection id="sectie-soort" title={t('locatieForm.sections.soort')}>
          {select('type', [
            ...(values.type ? [] : [{ value: '', label: t('locatieForm.choose') }]),
            ...typeOptions,
          ])}
          {select('subtype', [
            { value: '', label: t('locatieForm.subtypeNone') },
            ...SUBTYPES.map((subtype) => ({
              value: subtype,
              label: t(`locaties.subtypes.${subtype}`),
            })),
          ])}
          {existing &&
            text('geldig_vanaf', {
              type: 'date',
              className: 'kk-input--date',
              description: currentPeriod?.vanaf
                ? t('locatieForm.hints.geldigVanafSince', {
                    datum: formatDate(currentPeriod.vanaf, language),
                  })
                : t('locatieForm.hints.geldigVanaf'),
            })}
        </FormSection>

        <FormSection id="sectie-capaciteit" title={t('locatieForm.sections.capaciteit')}>
          {text('capaciteit', {
            description: t('locatieForm.hints.capaciteit'),
            inputMode: 'numeric',
            className: 'kk-input--short',
          })}
          {select(
            'status',
            STATUSES.map((status) => ({ value: status, label: t(`locaties.status.${status}`) })),
          )}
          <div className="kk-form-row">
            {text('open_sinds', { type: 'date', className: 'kk-input--date' })}
            {text('open_tot', { type: 'date', className: 'kk-input--date' })}
          </div>
          {select('beheerder', [
            { value: '', label: t('locatieForm.notFilled') },
            ...BEHEERDERS.map((beheerder) => ({
              value: beheerder,
              label: t(`locaties.beheerders.${beheerder}`),
            })),
          ])}
        </FormSection>

        <FormSection id="sectie-adres" title={t('locatieForm.sections.adres')}>
          {text('adres')}
          <div className="kk-form-row">
            {text('postcode', { className: 'kk-input--short' })}
            {text('plaats')}
          </div>
          <Paragraph className="kk-hint">{t('locatieForm.hints.coordinaten')}</Paragraph>
          <div className="kk-form-row">
            {text('lat', {
              description: t('locatieForm.hints.lat'),
              inputMode: 'decimal',
              className: 'kk-input--medium',
            })}
            {text('lon', {
              description: t('locatieForm.hints.lon'),
              inputMode: 'decimal',
              className: 'kk-input--medium',
            })}
          </div>
        </FormSection>

        <FormSection id="sectie-feiten" title={t('locatieForm.sections.feiten')}>
          <Paragraph className="kk-hint">{t('locatieForm.hints.feiten')}</Paragraph>
          {FEITEN.map((feit) => (
            <RadioGroup
              key={feit}
              id={fieldId(feit)}
              name={feit}
              legend={label(feit)}
              error={fieldErrors[feit]}
              inline
              options={FEIT_WAARDEN.map((waarde) => ({
                value: waarde,
                label: t(`feit.${waarde || 'onbekend'}`),
              }))}
              value={values[feit]}
              onChange={(value) => setValues((current) => ({ ...current, [feit]: value }))}
            />
          ))}
        </FormSection>

        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {save.isPending ? t('locatieForm.busy') : t('locatieForm.submit')}
          </Button>
          <Link to={existing ? `/locaties/${encodeURIComponent(existing.code)}` : '/locaties'}>
            {t('locatieForm.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
