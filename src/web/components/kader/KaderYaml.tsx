import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GemeenteKaderStand, kaderYamlUrl, useUploadGemeenteKader } from '../../kader.js';
import { ApiError } from '../../problem.js';
import { errorText } from '../errorText.js';
import { FormSection } from '../FormSection.js';
import { Alert, Button, ExternalLink, FormField, Heading, Paragraph } from '../nlds/index.js';

/** The server takes no larger file (256 kB); a framework is a few pages of text. */
const MAX_BYTES = 256 * 1024;
const FILE_ID = 'kader-yaml-bestand';

/**
 * The adoption as a file: download for anyone who may read it; reading one in for the
 * municipality itself — all or nothing, every problem with its line.
 */
export function KaderYaml({ stand, editor }: { stand: GemeenteKaderStand; editor: boolean }) {
  const { t } = useTranslation();
  const code = stand.gemeente.code;
  return (
    <FormSection id="kader-yaml" title={t('kader.yaml.title')}>
      <Paragraph>{t('kader.yaml.intro')}</Paragraph>
      {stand.kader && (
        <Paragraph>
          <ExternalLink href={kaderYamlUrl(code)} download={`kader-${code}.yaml`}>
            {t('kader.yaml.download', { code })}
          </ExternalLink>
        </Paragraph>
      )}
      {editor && <Upload code={code} />}
    </FormSection>
  );
}

function Upload({ code }: { code: string }) {
  const { t } = useTranslation();
  const upload = useUploadGemeenteKader(code);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [fileError, setFileError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const ok = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (upload.isSuccess) ok.current?.focus();
  }, [upload.isSuccess]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = !file
      ? t('kader.yaml.geenBestand')
      : file.size > MAX_BYTES
        ? t('kader.yaml.teGroot')
        : null;
    setFileError(problem);
    if (problem || !file) {
      upload.reset();
      setAttempt((n) => n + 1);
      return;
    }
    upload.mutate(await file.text(), {
      onSuccess: () => {
        setFile(null);
        setInputKey((k) => k + 1);
      },
      onError: () => setAttempt((n) => n + 1),
    });
  }

  // The server's messages name line, field and reason; they are shown as it wrote them. They are
  // about the file, not about this form's fields, so they are listed rather than linked.
  const serverProblems =
    upload.error instanceof ApiError ? upload.error.errors.map((e) => e.message) : [];
  const failed = fileError !== null || upload.isError;

  return (
    <form onSubmit={onSubmit} noValidate className="kk-form">
      {upload.isSuccess && (
        <Alert type="ok" role="status" ref={ok} tabIndex={-1}>
          <Paragraph>{t('kader.yaml.ingelezen', { revisie: upload.data.revisie })}</Paragraph>
        </Alert>
      )}
      {failed && (
        <Alert type="error" role="alert" className="kk-error-summary" ref={summary} tabIndex={-1}>
          <Heading level={2}>{t('kader.yaml.foutTitel')}</Heading>
          <Paragraph>{fileError ?? (upload.isError ? errorText(upload.error, t) : null)}</Paragraph>
          {serverProblems.length > 0 && (
            <ul className="utrecht-unordered-list">
              {serverProblems.map((message) => (
                <li className="utrecht-unordered-list__item" key={message}>
                  {message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <FormField label={t('kader.yaml.bestand')} error={fileError ?? undefined} id={FILE_ID}>
        {({ invalid: _invalid, ...control }) => (
          <input
            {...control}
            key={inputKey}
            type="file"
            accept=".yaml,.yml,application/yaml,text/yaml"
            className="kk-file-input"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
        )}
      </FormField>
      <div className="kk-form-actions kk-actions">
        <Button type="submit" appearance="primary-action" busy={upload.isPending}>
          {upload.isPending ? t('kader.yaml.busy') : t('kader.yaml.submit')}
        </Button>
      </div>
    </form>
  );
}
