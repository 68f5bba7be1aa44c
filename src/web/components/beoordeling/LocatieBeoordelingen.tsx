import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { UITKOMSTEN } from '../../../contracts/beoordelingen.js';
import type { Locatie } from '../../../contracts/locaties.js';
import { formatDate } from '../../format.js';
import { serverErrors } from '../../formErrors.js';
import { useFormState } from '../../hooks/useFormState.js';
import { useLanguage } from '../../i18n/index.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { FormTextField } from '../FormTextField.js';
import { Loading } from '../Loading.js';
import {
  Button,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';
import { useBeoordelingen, useCreateBeoordeling } from './queries.js';
import { TrendBar } from './TrendBar.js';

type Veld = 'van' | 'tot';
const VELDEN: readonly Veld[] = ['van', 'tot'];
const isVeld = (name: string): name is Veld => (VELDEN as readonly string[]).includes(name);

/**
 * A location's assessments: the history, newest period first, with the number of norms per
 * outcome as the trend; writers start a new one here.
 */
export function LocatieBeoordelingen({ locatie, writer }: { locatie: Locatie; writer: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useBeoordelingen(locatie.code);
  const [adding, setAdding] = useState(false);
  const date = (value: string) => formatDate(value, language);

  return (
    <section aria-labelledby="locatie-beoordelingen">
      <Heading level={2} id="locatie-beoordelingen">
        {t('beoordeling.lijst.title')}
      </Heading>
      <Paragraph>{t('beoordeling.lijst.lead')}</Paragraph>
      {writer && !adding && (
        <div className="kk-page-actions">
          <Button appearance="secondary-action" onClick={() => setAdding(true)}>
            {t('beoordeling.nieuw.open')}
          </Button>
        </div>
      )}
      {writer && adding && (
        <NieuweBeoordeling code={locatie.code} onCancel={() => setAdding(false)} />
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data && list.data.items.length === 0 && (
        <Paragraph>{t('beoordeling.lijst.empty')}</Paragraph>
      )}
      {list.data && list.data.items.length > 0 && (
        <Table
          caption={t('beoordeling.lijst.caption', { naam: locatie.naam })}
          scrollLabel={t('beoordeling.lijst.caption', { naam: locatie.naam })}
        >
          <TableColumns
            columns={[
              t('beoordeling.lijst.periode'),
              t('beoordeling.lijst.status'),
              ...UITKOMSTEN.map((u) => ({
                label: t(`beoordeling.uitkomsten.${u}`),
                numeric: true as const,
              })),
              t('beoordeling.lijst.trend'),
            ]}
          />
          <TableBody>
            {list.data.items.map((item) => (
              <TableRow key={item.id}>
                <TableHeaderCell scope="row" className="kk-row-header">
                  <Link to={`/beoordelingen/${item.id}`}>
                    {t('beoordeling.periode', { van: date(item.van), tot: date(item.tot) })}
                  </Link>
                </TableHeaderCell>
                <TableCell>{t(`beoordeling.statussen.${item.status}`)}</TableCell>
                {UITKOMSTEN.map((u) => (
                  <TableCell key={u} numeric>
                    {item.telling[u]}
                  </TableCell>
                ))}
                <TableCell>
                  <TrendBar telling={item.telling} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function NieuweBeoordeling({ code, onCancel }: { code: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBeoordeling(code);
  const form = useFormState<Veld>({ van: '', tot: '' });
  const { values, fieldErrors, detail, summary, set, failed } = form;
  const fieldId = (veld: Veld) => `beoordeling-${veld}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: Partial<Record<Veld, string>> = {};
    for (const veld of VELDEN) {
      if (!values[veld]) errors[veld] = t(`beoordeling.nieuw.required.${veld}`);
    }
    if (!errors.van && !errors.tot && values.van > values.tot) {
      errors.tot = t('beoordeling.nieuw.totVoorVan');
    }
    if (Object.keys(errors).length) {
      failed(errors, null, false);
      return;
    }
    form.clearErrors();
    create.mutate(values, {
      onSuccess: (beoordeling) => navigate(`/beoordelingen/${beoordeling.id}`),
      onError: (error) => {
        const { errors: server, general } = serverErrors(error, isVeld, t);
        failed(server, general, true);
      },
    });
  }

  const problems = VELDEN.flatMap((veld) =>
    fieldErrors[veld] ? [{ fieldId: fieldId(veld), message: fieldErrors[veld] }] : [],
  );
  return (
    <section aria-labelledby="beoordeling-nieuw" className="kk-inline-form">
      <Heading level={3} id="beoordeling-nieuw">
        {t('beoordeling.nieuw.title')}
      </Heading>
      <Paragraph>{t('beoordeling.nieuw.lead')}</Paragraph>
      {(detail || problems.length > 0) && (
        <ErrorSummary
          ref={summary}
          title={t('beoordeling.nieuw.errorTitle')}
          detail={detail ?? undefined}
          fields={problems}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <div className="kk-form-row">
          {VELDEN.map((veld) => (
            <FormTextField
              key={veld}
              id={fieldId(veld)}
              name={veld}
              type="date"
              className="kk-input--date"
              label={t(`beoordeling.nieuw.${veld}`)}
              error={fieldErrors[veld]}
              value={values[veld]}
              onChange={set(veld)}
            />
          ))}
        </div>
        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={create.isPending}>
            {t('beoordeling.nieuw.submit')}
          </Button>
          <Button appearance="secondary-action" onClick={onCancel} disabled={create.isPending}>
            {t('beoordeling.nieuw.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
