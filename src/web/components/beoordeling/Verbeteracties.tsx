import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIE_STATUSSEN,
  type ActieStatus,
  type BeoordelingDto,
} from '../../../contracts/beoordelingen.js';
import { formatDate } from '../../format.js';
import { serverErrors } from '../../formErrors.js';
import { useFormState } from '../../hooks/useFormState.js';
import { useLanguage } from '../../i18n/index.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { FormTextField } from '../FormTextField.js';
import {
  Button,
  FormField,
  Heading,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';
import { useSaveActie } from './queries.js';

type Actie = BeoordelingDto['acties'][number];
type Veld = 'norm' | 'omschrijving' | 'eigenaar' | 'deadline' | 'status';
const VELDEN: readonly Veld[] = ['norm', 'omschrijving', 'eigenaar', 'deadline', 'status'];
const isVeld = (name: string): name is Veld => (VELDEN as readonly string[]).includes(name);
const fieldId = (veld: Veld) => `actie-${veld}`;

/** The improvement actions of an assessment; while it is a concept, writers add and change them. */
export function Verbeteracties({ beoordeling }: { beoordeling: BeoordelingDto }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // null: no form; 'nieuw': a new action; otherwise the action being changed.
  const [editing, setEditing] = useState<Actie | 'nieuw' | null>(null);
  const writer = beoordeling.mijnRol.magWijzigen;

  return (
    <section aria-labelledby="beoordeling-acties">
      <Heading level={2} id="beoordeling-acties">
        {t('beoordeling.acties.title')}
      </Heading>
      {beoordeling.acties.length === 0 && <Paragraph>{t('beoordeling.acties.empty')}</Paragraph>}
      {beoordeling.acties.length > 0 && (
        <Table caption={t('beoordeling.acties.caption')}>
          <TableColumns
            columns={[
              t('beoordeling.acties.omschrijving'),
              t('beoordeling.acties.norm'),
              t('beoordeling.acties.eigenaar'),
              t('beoordeling.acties.deadline'),
              t('beoordeling.acties.status'),
              ...(writer
                ? [
                    <span className="kk-visually-hidden" key="a">
                      {t('beoordeling.acties.wijzigen')}
                    </span>,
                  ]
                : []),
            ]}
          />
          <TableBody>
            {beoordeling.acties.map((actie) => (
              <TableRow key={actie.id}>
                <TableHeaderCell scope="row" className="kk-row-header">
                  {actie.omschrijving}
                </TableHeaderCell>
                <TableCell>{actie.norm ?? t('beoordeling.acties.geheel')}</TableCell>
                <TableCell>{actie.eigenaar}</TableCell>
                <TableCell className="kk-nowrap">{formatDate(actie.deadline, language)}</TableCell>
                <TableCell>{t(`beoordeling.acties.statussen.${actie.status}`)}</TableCell>
                {writer && (
                  <TableCell>
                    <Button
                      appearance="secondary-action"
                      className="kk-button--small"
                      onClick={() => setEditing(actie)}
                    >
                      {t('beoordeling.acties.wijzigen')}
                      <span className="kk-visually-hidden"> {actie.omschrijving}</span>
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {writer && editing === null && (
        <div className="kk-page-actions">
          <Button appearance="secondary-action" onClick={() => setEditing('nieuw')}>
            {t('beoordeling.acties.add')}
          </Button>
        </div>
      )}
      {writer && editing !== null && (
        <ActieForm
          key={editing === 'nieuw' ? 'nieuw' : editing.id}
          beoordeling={beoordeling}
          actie={editing === 'nieuw' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function ActieForm({
  beoordeling,
  actie,
  onDone,
}: {
  beoordeling: BeoordelingDto;
  actie: Actie | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveActie(beoordeling.id);
  const form = useFormState<Veld>(() => ({
    norm: actie?.norm ?? '',
    omschrijving: actie?.omschrijving ?? '',
    eigenaar: actie?.eigenaar ?? '',
    deadline: actie?.deadline ?? '',
    status: actie?.status ?? 'open',
  }));
  const { values, fieldErrors, detail, summary, set, failed } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: Partial<Record<Veld, string>> = {};
    for (const veld of ['omschrijving', 'eigenaar', 'deadline'] as const) {
      if (!values[veld].trim()) errors[veld] = t(`beoordeling.acties.required.${veld}`);
    }
    if (Object.keys(errors).length) {
      failed(errors, null, false);
      return;
    }
    form.clearErrors();
    save.mutate(
      {
        actieId: actie?.id ?? null,
        revisie: beoordeling.revisie,
        invoer: {
          norm: values.norm || null,
          omschrijving: values.omschrijving,
          eigenaar: values.eigenaar,
          deadline: values.deadline,
          status: values.status as ActieStatus,
        },
      },
      {
        onSuccess: onDone,
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
    <section aria-labelledby="actie-form" className="kk-inline-form">
      <Heading level={3} id="actie-form">
        {actie ? t('beoordeling.acties.editTitle') : t('beoordeling.acties.newTitle')}
      </Heading>
      {(detail || problems.length > 0) && (
        <ErrorSummary
          ref={summary}
          title={t('beoordeling.acties.errorTitle')}
          detail={detail ?? undefined}
          fields={problems}
        />
      )}
      <form onSubmit={onSubmit} noValidate className="kk-form">
        {!actie && (
          <FormField id={fieldId('norm')} label={t('beoordeling.acties.norm')}>
            {({ invalid, ...control }) => (
              <Select {...control} invalid={invalid} value={values.norm} onChange={set('norm')}>
                <option value="">{t('beoordeling.acties.geheel')}</option>
                {beoordeling.normen.map((n) => (
                  <option key={n.norm} value={n.norm}>
                    {n.norm} {n.titel[language]}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        )}
        <FormTextField
          id={fieldId('omschrijving')}
          name="omschrijving"
          label={t('beoordeling.acties.omschrijving')}
          error={fieldErrors.omschrijving}
          value={values.omschrijving}
          onChange={set('omschrijving')}
        />
        <FormTextField
          id={fieldId('eigenaar')}
          name="eigenaar"
          label={t('beoordeling.acties.eigenaar')}
          description={t('beoordeling.acties.eigenaarHint')}
          error={fieldErrors.eigenaar}
          value={values.eigenaar}
          onChange={set('eigenaar')}
        />
        <FormTextField
          id={fieldId('deadline')}
          name="deadline"
          type="date"
          className="kk-input--date"
          label={t('beoordeling.acties.deadline')}
          error={fieldErrors.deadline}
          value={values.deadline}
          onChange={set('deadline')}
        />
        <FormField id={fieldId('status')} label={t('beoordeling.acties.status')}>
          {({ invalid, ...control }) => (
            <Select {...control} invalid={invalid} value={values.status} onChange={set('status')}>
              {ACTIE_STATUSSEN.map((s) => (
                <option key={s} value={s}>
                  {t(`beoordeling.acties.statussen.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {t('beoordeling.acties.submit')}
          </Button>
          <Button appearance="secondary-action" onClick={onDone} disabled={save.isPending}>
            {t('beoordeling.acties.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
