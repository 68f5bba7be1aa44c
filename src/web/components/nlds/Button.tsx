import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { classNames } from './classNames.js';

export type ButtonAppearance = 'primary-action' | 'secondary-action' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  /** Shown while the action runs; the button stays focusable so focus is not lost. */
  busy?: boolean;
  /** For moving focus back to the button, for instance after a cancelled confirmation. */
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  appearance = 'secondary-action',
  busy = false,
  className,
  type = 'button',
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={classNames(
        'utrecht-button',
        `utrecht-button--${appearance}`,
        type === 'submit' && 'utrecht-button--submit',
        busy && 'utrecht-button--busy',
        className,
      )}
      aria-busy={busy || undefined}
      onClick={busy ? (event) => event.preventDefault() : onClick}
    />
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}
