import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Adoption, checkAdoption } from '../../../domain/framework/adoption.js';
import type { Path } from '../../../domain/framework/check.js';
import type { Framework } from '../../../domain/framework/model.js';
import { GEMEENTEKADER_KEY, type GemeenteKaderStand, useSaveGemeenteKader } from '../../kader.js';
import { ApiError } from '../../problem.js';
import { queryClient } from '../../queryClient.js';
import { errorText } from '../errorText.js';

/** A problem with what a form would save: on one of its fields, or (field null) in general. */
export interface FormProblem {
  field: string | null;
  message: string;
}

/** `body.kader.tightened.0.max` → `['tightened', 0, 'max']`. */
const pathOf = (serverPath: string): Path =>
  serverPath
    .replace(/^body\.kader\.?/, '')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * One form's way of changing the adoption: the domain's rules first (the same messages the
 * server would give), then the save, building on the revision the page showed. `fieldOf` says
 * which of the form's fields a problem's path is about.
 */
export function useKaderWijziging(
  stand: GemeenteKaderStand,
  baseline: Framework,
  fieldOf: (path: Path) => string | null,
) {
  const { t } = useTranslation();
  const code = stand.gemeente.code;
  const save = useSaveGemeenteKader(code);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  // Every failed attempt moves focus to the summary again, even with the same problems.
  const [attempt, setAttempt] = useState(0);

  function fail(found: FormProblem[], message: string | null = null) {
    setSaved(null);
    setProblems(found);
    setGeneral(message);
    setAttempt((n) => n + 1);
  }

  function submit(next: Adoption, onSaved?: () => void) {
    const broken = checkAdoption(baseline, next);
    if (broken.length) {
      fail(broken.map((issue) => ({ field: fieldOf(issue.path), message: issue.message })));
      return;
    }
    save.mutate(
      { kader: next, revisie: stand.revisie },
      {
        onSuccess: (result) => {
          setProblems([]);
          setGeneral(null);
          setSaved(result.revisie);
          onSaved?.();
        },
        onError: (error) => {
          const fields =
            error instanceof ApiError
              ? error.errors.map((e) => ({ field: fieldOf(pathOf(e.path)), message: e.message }))
              : [];
          const stale = error instanceof ApiError && error.status === 409;
          // Someone else saved first: show their version, on which the user can try again.
          if (stale) void queryClient.invalidateQueries({ queryKey: [GEMEENTEKADER_KEY, code] });
          fail(
            fields,
            fields.length
              ? null
              : `${errorText(error, t)}${stale ? ` ${t('kader.gemeente.verouderd')}` : ''}`,
          );
        },
      },
    );
  }

  return { submit, fail, pending: save.isPending, problems, general, saved, attempt };
}

export type KaderWijziging = ReturnType<typeof useKaderWijziging>;
