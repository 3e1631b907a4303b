import type { UseFormReturnType } from '@mantine/form';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '@web/api/api-error';

/**
 * Submits a form once at a time (a double click sends one request), puts the API's field
 * errors beside their fields and keeps any other error for the form to show at its top.
 */
export function useFormSubmit<Values extends Record<string, unknown>, Result>(
  form: UseFormReturnType<Values>,
  submit: (values: Values) => Promise<Result>,
  onSuccess?: (result: Result, values: Values) => void,
) {
  const busy = useRef(false);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const submitValues = async (values: Values) => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setError(undefined);
    try {
      const result = await submit(values);
      onSuccess?.(result, values);
    } catch (caught) {
      if (isApiError(caught) && caught.fields.length) form.setErrors(caught.fieldErrors());
      setError(caught);
    } finally {
      busy.current = false;
      setPending(false);
    }
  };
  const onSubmit = (event?: FormEvent<HTMLFormElement>) => form.onSubmit(submitValues)(event);
  return { onSubmit, error, pending };
}
