import type { ReactNode } from 'react';

export interface DataListItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** Label–value pairs, such as the facts about one municipality. */
export function DataList({ items }: { items: readonly DataListItem[] }) {
  return (
    <dl className="utrecht-data-list">
      {items.map((item) => (
        <div className="utrecht-data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
