import type { ReactNode } from 'react';

/** Title and explanation of a settings section, its main actions on the right. */
export function SectionHead({ title, description, actions }: { title: string; description: ReactNode; actions?: ReactNode }) {
  return (
    <div className="section-head">
      <div>
        <h2 className="section-title">{title}</h2>
        <p className="section-description">{description}</p>
      </div>
      {actions ? <div className="section-actions">{actions}</div> : null}
    </div>
  );
}
