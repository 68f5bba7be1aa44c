import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorSummary, type FieldProblem } from '../components/ErrorSummary.js';
import { errorText } from '../components/errorText.js';
import { Button, FormField, Heading, Paragraph, Textbox } from '../components/nlds/index.js';
import type { LoginRedirectState } from '../components/RequireLogin.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { ApiError, fieldMessages } from '../problem.js';
import { useLogin, useSessie } from '../session.js';

const FIELD_IDS = { email: 'inloggen-email', wachtwoord: 'inloggen-wachtwoord' } as const;
type Field = keyof typeof FIELD_IDS;
type FieldErrors = Partial<Record<Field, string>>;

/** Only paths inside the app: the state could otherwise carry a link elsewhere. */
function safeTarget(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const sessie = useSessie();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [detail, setDetail] = useState<string | null>(null);
  useDocumentTitle(t('login.title'));

  if (sessie.data && !login.isSuccess) return <Navigate to="/" replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!email.trim()) missing.email = t('login.errors.emailRequired');
    if (!wachtwoord) missing.wachtwoord = t('login.errors.passwordRequired');
    setFieldErrors(missing);
    setDetail(null);
    if (Object.keys(missing).length > 0) return;
    login.mutate(
      { email: email.trim(), wachtwoord },
      {
        onSuccess: () => navigate(safeTarget(location.state), { replace: true }),
        onError: (error) => {
          setDetail(errorText(error, t));
          if (error instanceof ApiError) {
            const messages = fieldMessages(error.errors);
            setFieldErrors({ email: messages.email, wachtwoord: messages.wachtwoord });
          }
        },
      },
    );
  }

  const problems: FieldProblem[] = (Object.keys(FIELD_IDS) as Field[]).flatMap((field) => {
    const message = fieldErrors[field];
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });

  return (
    <div className="kk-narrow">
      <Heading level={1}>{t('login.title')}</Heading>
      <Paragraph>{t('login.intro')}</Paragraph>
      {(detail || problems.length > 0) && (
        <ErrorSummary
          title={t('login.errors.title')}
          detail={detail ?? undefined}
          fields={problems}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormField label={t('login.email')} error={fieldErrors.email} id={FIELD_IDS.email}>
          {({ invalid, ...control }) => (
            <Textbox
              {...control}
              invalid={invalid}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('login.password')}
          error={fieldErrors.wachtwoord}
          id={FIELD_IDS.wachtwoord}
        >
          {({ invalid, ...control }) => (
            <Textbox
              {...control}
              invalid={invalid}
              type="password"
              name="wachtwoord"
              autoComplete="current-password"
              value={wachtwoord}
              onChange={(event) => setWachtwoord(event.target.value)}
            />
          )}
        </FormField>
        <div className="kk-form-actions">
          <Button type="submit" appearance="primary-action" busy={login.isPending}>
            {login.isPending ? t('login.busy') : t('login.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
