import { type ReactNode, useId } from 'react';
import { classNames } from './classNames.js';

export interface FieldsetProps {
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** A group of fields under a heading-like legend, rather than one question. */
  section?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A group of controls that answer one question (radio buttons) or belong together (an address).
 * The description and error are tied to the group, so they are read when entering it.
 */
export function Fieldset({
  legend,
  description,
  error,
  section = false,
  className,
  children,
}: FieldsetProps) {
  const id = `groep-${useId()}`;
  const describedBy = [description && `${id}-beschrijving`, error && `${id}-fout`]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classNames(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--distanced',
        section && 'utrecht-form-fieldset--section',
        error && 'utrecht-form-fieldset--invalid',
        error && 'utrecht-form-field--invalid',
        className,
      )}
    >
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy || undefined}
      >
        <legend
          className={classNames(
            'utrecht-form-fieldset__legend',
            'utrecht-form-fieldset__legend--html-legend',
            section ? 'kk-fieldset-legend--section' : 'kk-fieldset-legend',
          )}
        >
          {legend}
        </legend>
        {description && (
          <div className="utrecht-form-field-description" id={`${id}-beschrijving`}>
            {description}
          </div>
        )}
        {error && (
          <div className="utrecht-form-field-error-message kk-fieldset-error" id={`${id}-fout`}>
            {error}
          </div>
        )}
        {children}
      </fieldset>
    </div>
  );
}
