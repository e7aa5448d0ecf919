/** A Select whose options come from the API, searched on the server as the user types. */
import { Select } from 'antd';
import { type CSSProperties, useEffect, useMemo, useState } from 'react';

export interface Option {
  value: string;
  label: string;
}

export interface RemoteSelectProps {
  id?: string;
  'aria-label'?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Must be stable (module-level or useCallback). */
  fetchOptions: (q: string) => Promise<Option[]>;
  /** Options to show even when the server's first page lacks them (the current value). */
  extraOptions?: Option[];
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
}

export function RemoteSelect(props: RemoteSelectProps) {
  const { fetchOptions, extraOptions, value, onChange, ...rest } = props;
  const [q, setQ] = useState('');
  const [loaded, setLoaded] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  // The option last picked, so its label survives when the search (and its results) is cleared.
  const [picked, setPicked] = useState<Option | null>(null);

  useEffect(() => {
    let alive = true;
    const timer = setTimeout(
      () => {
        setLoading(true);
        fetchOptions(q)
          .then((options) => {
            if (alive) setLoaded(options);
          })
          .catch(() => {
            if (alive) setLoaded([]);
          })
          .finally(() => {
            if (alive) setLoading(false);
          });
      },
      q ? 300 : 0,
    );
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [fetchOptions, q]);

  const options = useMemo(() => {
    const merged = [...loaded];
    const ids = new Set(loaded.map((o) => o.value));
    for (const option of [...(picked ? [picked] : []), ...(extraOptions ?? [])]) {
      if (!ids.has(option.value)) merged.push(option);
      ids.add(option.value);
    }
    return merged;
  }, [loaded, picked, extraOptions]);

  return (
    <Select<string, Option>
      {...rest}
      value={value ?? undefined}
      onChange={(next, option) => {
        setPicked(option && !Array.isArray(option) ? { value: option.value, label: option.label } : null);
        onChange?.(next ?? undefined);
      }}
      options={options}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => {
        if (!open && q) setQ('');
      }}
    />
  );
}
