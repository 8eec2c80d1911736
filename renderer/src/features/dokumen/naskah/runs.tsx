import { Fragment } from 'react';
import { runsOf, type Run, type Text } from '../../../../../shared/dokumen/model';

function runClass(r: Run): string | undefined {
  const c = [r.bold ? 'nd-b' : '', r.italic ? 'nd-i' : '', r.underline ? 'nd-u' : ''].filter(Boolean).join(' ');
  return c || undefined;
}

/** Text runs with their emphasis; a `\n` inside a run is a line break. */
export function Runs({ text }: { text: Text }) {
  return (
    <>
      {runsOf(text).map((run, i) => {
        const lines = run.text.split('\n');
        const content = lines.map((line, j) => (
          <Fragment key={j}>
            {j > 0 ? <br /> : null}
            {line}
          </Fragment>
        ));
        const cls = runClass(run);
        return cls ? (
          <span key={i} className={cls}>
            {content}
          </span>
        ) : (
          <Fragment key={i}>{content}</Fragment>
        );
      })}
    </>
  );
}
