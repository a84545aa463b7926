import { useState, type ReactNode } from 'react';
import { Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { HAZARD_GRADES, HAZARD_STATUSES } from '@contracts/hazards';
import { StaleConflict } from '../../../components/StaleConflict';
import { isApiError } from '../../../lib/api-error';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { labelOf } from '../../../lib/format';
import { queryClient } from '../../../lib/query-client';
import { hazardQueryKey } from '../api/get-hazard';
import { HAZARD_LABELS } from '../labels';
import type { Hazard } from '../types';

type Values = Record<string, unknown>;

export interface ActionModalProps<V extends Values> {
  hazard: Hazard;
  title: string;
  okText?: string;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<V>;
  /** form values → request body */
  toBody: (values: V) => Record<string, unknown>;
  send: (body: Record<string, unknown>) => Promise<unknown>;
  successText: string;
  onClose: () => void;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  testId?: string;
}

/** Status and grade as labels, so the STALE comparison reads in Chinese. */
const readable = (r: Values): Values => ({
  ...r,
  ...('status' in r ? { status: labelOf(HAZARD_STATUSES, r.status as string) } : {}),
  ...('grade' in r ? { grade: labelOf(HAZARD_GRADES, r.grade as string) } : {}),
});

/**
 * One hazard action in a modal: field errors land on the form items (names match the API's fields), a 409 STALE
 * shows the other user's record (StaleConflict) with a reload, anything else is a toast. Input is never reset.
 */
export function ActionModal<V extends Values>(props: ActionModalProps<V>) {
  const { hazard, title, okText = '确定', danger, width, initialValues, toBody, send, successText, onClose, children, testId } = props;
  const [form] = Form.useForm<V>();
  const [pending, setPending] = useState(false);
  const [stale, setStale] = useState<{ current: unknown; mine: Values } | null>(null);

  const submit = async (values: V) => {
    const body = toBody(values);
    setPending(true);
    try {
      await send(body);
      toast().success(successText);
      onClose();
    } catch (e) {
      if (isApiError(e, 'STALE')) {
        const seen = { status: hazard.status, grade: hazard.grade, deadline: hazard.deadline, listingDocNo: hazard.listingDocNo, version: hazard.version };
        setStale({ current: readable((e.current ?? {}) as Values), mine: readable({ ...seen, ...body }) });
      } else {
        reportFormError(form, e);
      }
    } finally {
      setPending(false);
    }
  };
  const reload = () => void queryClient.invalidateQueries({ queryKey: hazardQueryKey(hazard.id) }).then(onClose);

  return (
    <Modal open title={title} okText={okText} okButtonProps={{ danger, disabled: !!stale }} onOk={() => form.submit()}
      onCancel={onClose} confirmLoading={pending} destroyOnHidden width={width} data-testid={testId}>
      {stale && <StaleConflict current={stale.current} mine={stale.mine} labels={HAZARD_LABELS} onReload={reload} />}
      <Form<V> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={initialValues as V}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
