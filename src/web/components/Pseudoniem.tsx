/** A pseudonym is 32 hex characters; the first 8 tell children apart on screen. */
export function shortPseudoniem(pseudoniem: string): string {
  return pseudoniem.length > 8 ? `${pseudoniem.slice(0, 8)}…` : pseudoniem;
}

/**
 * A pseudonym shortened on screen (`3fa2b9c1…`), whole for screen readers and on hover. The
 * spoken text starts with the visible one, so speech input that names it still finds it.
 */
export function PseudoniemText({ value }: { value: string }) {
  const short = shortPseudoniem(value);
  if (short === value) return <span className="kk-code">{value}</span>;
  return (
    <span className="kk-code" title={value}>
      <span aria-hidden="true">{short}</span>
      <span className="kk-visually-hidden">{value}</span>
    </span>
  );
}
