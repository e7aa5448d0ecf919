/**
 * Runs a form's API call: tracks "submitting", and on an ApiError puts the field errors on the
 * form and keeps the problem (and any field errors no field could show) for a ProblemAlert.
 */
import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { applyFieldErrors, type FieldErrorTarget } from '../../shared/form-errors';
import { type ApiError, asApiError, type FieldError } from '../../shared/problem';

export interface FormFailure {
  error: ApiError;
  unmatched: FieldError[];
}

export function useFormSubmit<V>(form: FormInstance<V>) {
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);

  const run = useCallback(
    async (action: () => Promise<void>): Promise<boolean> => {
      setSubmitting(true);
      setFailure(null);
      try {
        await action();
        return true;
      } catch (caught) {
        const error = asApiError(caught);
        // antd types names per form shape; the server's paths are dynamic, so use the untyped view.
        const target = form as unknown as FieldErrorTarget;
        setFailure({ error, unmatched: applyFieldErrors(target, error) });
        return false;
      } finally {
        setSubmitting(false);
      }
    },
    [form],
  );

  return { submitting, failure, run, clearFailure: () => setFailure(null) };
}
