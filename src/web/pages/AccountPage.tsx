import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WACHTWOORD_MINIMUM } from '../../contracts/sessie.js';
import { ErrorSummary, type FieldProblem } from '../components/ErrorSummary.js';
import { errorText } from '../components/errorText.js';
import {
  Alert,
  Button,
  DataList,
  FormField,
  Heading,
  Paragraph,
  Textbox,
} from '../components/nlds/index.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { ApiError, fieldMessages } from '../problem.js';
import { useChangePassword } from '../session.js';

const FIELD_IDS = {
  huidigWachtwoord: 'account-huidig',
  nieuwWachtwoord: 'account-nieuw',
  herhaling: 'account-herhaling',
} as const;
type Field = keyof typeof FIELD_IDS;
type Values = Record<Field, string>;
type FieldErrors = Partial<Record<Field, string>>;

const EMPTY: Values = { huidigWachtwoord: '', nieuwWachtwoord: '', herhaling: '' };

export function AccountPage() {
  const { t } = useTranslation();
  const sessie = useLoggedInSessie();
  useDocumentTitle(t('account.title'));
  return (
    <>
      <Heading level={1}>{t('account.title')}</Heading>
      <DataList
        items={[
          { key: 'email', label: t('account.email'), value: sessie.gebruiker.email },
          { key: 'organisatie', label: t('account.organisation'), value: sessie.organisatie.naam },
          { key: 'rol', label: t('account.role'), value: t(`roles.${sessie.gebruiker.rol}`) },
        ]}
      />
      <ChangePasswordForm />
    </>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [values, setValues] = useState<Values>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [detail, setDetail] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (!values.huidigWachtwoord) errors.huidigWachtwoord = t('account.errors.currentRequired');
    if (values.nieuwWachtwoord.length < WACHTWOORD_MINIMUM) {
      errors.nieuwWachtwoord = t('account.errors.tooShort', { minimum: WACHTWOORD_MINIMUM });
    }
    if (values.herhaling !== values.nieuwWachtwoord)
      errors.herhaling = t('account.errors.mismatch');
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    setDetail(null);
    setSaved(false);
    if (Object.keys(errors).length > 0) return;
    change.mutate(
      { huidigWachtwoord: values.huidigWachtwoord, nieuwWachtwoord: values.nieuwWachtwoord },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setSaved(true);
        },
        onError: (error) => {
          setDetail(errorText(error, t));
          if (error instanceof ApiError) {
            const messages = fieldMessages(error.errors);
            setFieldErrors({
              huidigWachtwoord: messages.huidigWachtwoord,
              nieuwWachtwoord: messages.nieuwWachtwoord,
            });
          }
        },
      },
    );
  }

  function field(name: Field) {
    return {
      name,
      value: values[name],
      onChange: (event: { target: { value: string } }) =>
        setValues((current) => ({ ...current, [name]: event.target.value })),
    };
  }

  const problems: FieldProblem[] = (Object.keys(FIELD_IDS) as Field[]).flatMap((name) => {
    const message = fieldErrors[name];
    return message ? [{ fieldId: FIELD_IDS[name], message }] : [];
  });

  return (
    <section aria-labelledby="wachtwoord-wijzigen" className="kk-narrow">
      <Heading level={2} id="wachtwoord-wijzigen">
        {t('account.password.title')}
      </Heading>
      {/* Present from the start: live regions only announce changes to what is already there. */}
      <div role="status" aria-live="polite">
        {saved && (
          <Alert type="ok">
            <Paragraph>{t('account.password.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      {(detail || problems.length > 0) && (
        <ErrorSummary
          title={t('account.errors.title')}
          detail={detail ?? undefined}
          fields={problems}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormField
          label={t('account.password.current')}
          error={fieldErrors.huidigWachtwoord}
          id={FIELD_IDS.huidigWachtwoord}
        >
          {({ invalid, ...control }) => (
            <Textbox
              {...control}
              {...field('huidigWachtwoord')}
              invalid={invalid}
              type="password"
              autoComplete="current-password"
            />
          )}
        </FormField>
        <FormField
          label={t('account.password.new')}
          description={t('account.password.newHelp', { minimum: WACHTWOORD_MINIMUM })}
          error={fieldErrors.nieuwWachtwoord}
          id={FIELD_IDS.nieuwWachtwoord}
        >
          {({ invalid, ...control }) => (
            <Textbox
              {...control}
              {...field('nieuwWachtwoord')}
              invalid={invalid}
              type="password"
              autoComplete="new-password"
            />
          )}
        </FormField>
        <FormField
          label={t('account.password.repeat')}
          error={fieldErrors.herhaling}
          id={FIELD_IDS.herhaling}
        >
          {({ invalid, ...control }) => (
            <Textbox
              {...control}
              {...field('herhaling')}
              invalid={invalid}
              type="password"
              autoComplete="new-password"
            />
          )}
        </FormField>
        <div className="kk-form-actions">
          <Button type="submit" appearance="primary-action" busy={change.isPending}>
            {change.isPending ? t('account.password.busy') : t('account.password.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
