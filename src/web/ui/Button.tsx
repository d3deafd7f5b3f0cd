import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  big?: boolean;
};

/** Large, thumb-sized buttons; the variant is also spelled out by the label, never colour alone. */
export function Button({ variant = 'primary', big = false, className, type = 'button', ...rest }: Props) {
  return (
    <button
      type={type}
      className={`btn btn-${variant}${big ? ' btn-big' : ''}${className ? ` ${className}` : ''}`}
      {...rest}
    />
  );
}
