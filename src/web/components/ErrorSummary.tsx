import type { MouseEvent, Ref } from 'react';
import { Alert, Heading, Paragraph } from './nlds/index.js';

export interface FieldProblem {
  /** The id of the form control, to jump to it. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  detail?: string;
  fields?: readonly FieldProblem[];
  /** To move focus to the summary once a submitted form comes back with problems. */
  ref?: Ref<HTMLDivElement>;
}

/** Browsers scroll to a fragment but do not focus a form control; this does both. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/** What is wrong with a submitted form, announced at once and linking to each field. */
export function ErrorSummary({ title, detail, fields = [], ref }: ErrorSummaryProps) {
  return (
    <Alert type="error" role="alert" className="kk-error-summary" ref={ref} tabIndex={-1}>
      <Heading level={2}>{title}</Heading>
      {detail && <Paragraph>{detail}</Paragraph>}
      {fields.length > 0 && (
        <ul className="utrecht-unordered-list">
          {fields.map((field) => (
            <li className="utrecht-unordered-list__item" key={field.fieldId}>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${field.fieldId}`}
                onClick={(event) => focusField(event, field.fieldId)}
              >
                {field.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
