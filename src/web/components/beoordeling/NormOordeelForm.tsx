import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BeoordelingDto,
  UITKOMSTEN,
  type Uitkomst,
} from '../../../contracts/beoordelingen.js';
import { serverErrors } from '../../formErrors.js';
import { useFormState } from '../../hooks/useFormState.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { errorText } from '../errorText.js';
import { Alert, Button, FormField, Paragraph } from '../nlds/index.js';
import { RadioGroup } from '../RadioGroup.js';
import { MAX_BIJLAGE_BYTES, useScoreNorm, useUploadBijlage } from './queries.js';

type Veld = 'uitkomst' | 'onderbouwing';
const VELDEN: readonly Veld[] = ['uitkomst', 'onderbouwing'];
const isVeld = (name: string): name is Veld => (VELDEN as readonly string[]).includes(name);

type Norm = BeoordelingDto['normen'][number];

/** The assessor's judgment of one norm: outcome, mandatory evidence, and evidence files. */
export function NormOordeelForm({
  beoordeling,
  norm,
}: {
  beoordeling: BeoordelingDto;
  norm: Norm;
}) {
  const { t } = useTranslation();
  const score = useScoreNorm(beoordeling.id);
  const form = useFormState<Veld>(() => ({
    uitkomst: norm.uitkomst ?? '',
    onderbouwing: norm.onderbouwing ?? '',
  }));
  const { values, fieldErrors, detail, summary, set, failed } = form;
  const [saved, setSaved] = useState(false);
  const base = `norm-${norm.norm.replaceAll('.', '-')}`;
  const fieldId = (veld: Veld) => `${base}-${veld}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const errors: Partial<Record<Veld, string>> = {};
    if (!values.uitkomst) errors.uitkomst = t('beoordeling.oordeel.required.uitkomst');
    if (!values.onderbouwing.trim()) {
      errors.onderbouwing = t('beoordeling.oordeel.required.onderbouwing');
    }
    if (Object.keys(errors).length) {
      failed(errors, null, false);
      return;
    }
    form.clearErrors();
    score.mutate(
      {
        norm: norm.norm,
        uitkomst: values.uitkomst as Uitkomst,
        onderbouwing: values.onderbouwing,
        revisie: beoordeling.revisie,
      },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          const { errors: server, general } = serverErrors(error, isVeld, t);
          failed(server, general, true);
        },
      },
    );
  }

  const problems = VELDEN.flatMap((veld) =>
    fieldErrors[veld] ? [{ fieldId: fieldId(veld), message: fieldErrors[veld] }] : [],
  );
  return (
    <>
      {(detail || problems.length > 0) && (
        <ErrorSummary
          ref={summary}
          title={t('beoordeling.oordeel.errorTitle', { norm: norm.norm })}
          detail={detail ?? undefined}
          fields={problems}
        />
      )}
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>{t('beoordeling.oordeel.saved', { norm: norm.norm })}</Paragraph>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="kk-form">
        <RadioGroup
          id={fieldId('uitkomst')}
          name={`${base}-uitkomst`}
          legend={t('beoordeling.oordeel.uitkomst', { norm: norm.norm })}
          error={fieldErrors.uitkomst}
          options={UITKOMSTEN.map((u) => ({ value: u, label: t(`beoordeling.uitkomsten.${u}`) }))}
          value={values.uitkomst}
          onChange={(value) => form.setValues((current) => ({ ...current, uitkomst: value }))}
          inline
        />
        <FormField
          id={fieldId('onderbouwing')}
          label={t('beoordeling.oordeel.onderbouwing', { norm: norm.norm })}
          description={t('beoordeling.oordeel.onderbouwingHint')}
          error={fieldErrors.onderbouwing}
        >
          {({ invalid, ...control }) => (
            <textarea
              {...control}
              className={`utrecht-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`}
              name="onderbouwing"
              rows={4}
              value={values.onderbouwing}
              onChange={set('onderbouwing')}
            />
          )}
        </FormField>
        <Button type="submit" appearance="primary-action" busy={score.isPending}>
          {t('beoordeling.oordeel.submit', { norm: norm.norm })}
        </Button>
      </form>
      <BijlageUpload beoordeling={beoordeling} norm={norm.norm} base={base} />
    </>
  );
}

/** One file at a time; the server checks by content what it is, this only saves a vain upload. */
function BijlageUpload({
  beoordeling,
  norm,
  base,
}: {
  beoordeling: BeoordelingDto;
  norm: string;
  base: string;
}) {
  const { t } = useTranslation();
  const upload = useUploadBijlage(beoordeling.id);
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const id = `${base}-bijlage`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t('beoordeling.bijlage.required'));
      return;
    }
    if (file.size > MAX_BIJLAGE_BYTES) {
      setError(t('beoordeling.bijlage.tooLarge'));
      return;
    }
    setError(null);
    upload.mutate(
      { norm, file, revisie: beoordeling.revisie },
      {
        onSuccess: () => {
          if (input.current) input.current.value = '';
        },
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="kk-form kk-upload-form">
      <FormField
        id={id}
        label={t('beoordeling.bijlage.label', { norm })}
        description={t('beoordeling.bijlage.hint')}
        error={error ?? undefined}
      >
        {({ invalid: _invalid, ...control }) => (
          <input
            {...control}
            ref={input}
            type="file"
            name="bijlage"
            className="kk-file-input"
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          />
        )}
      </FormField>
      <Button type="submit" appearance="secondary-action" busy={upload.isPending}>
        {t('beoordeling.bijlage.submit', { norm })}
      </Button>
    </form>
  );
}
