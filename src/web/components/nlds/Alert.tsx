import type { HTMLAttributes, Ref } from 'react';
import { classNames } from './classNames.js';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  type?: AlertType;
  /** For moving focus to a message that appears in response to what the user did. */
  ref?: Ref<HTMLDivElement>;
}

/**
 * A coloured message box. Whether it is announced is up to the caller: pass role="alert" or
 * role="status" only for messages that appear in response to what the user did.
 */
export function Alert({ type = 'info', className, children, ...rest }: AlertProps) {
  return (
    <div {...rest} className={classNames('utrecht-alert', `utrecht-alert--${type}`, className)}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
