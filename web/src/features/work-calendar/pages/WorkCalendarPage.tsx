import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useWorkCalendar, usePutWorkCalendarYear, type CalendarYear } from '../api/work-calendar';
import { formatDateList, parseDateList } from '../api/date-lists';

/** Who may edit: the same permission the server checks (work-calendar.service.ts). */
const EDIT_PERMISSION = 'rules.manage' as const;

type Values = { year: number; offDays: string; workDays: string; source: string };

function YearModal({ initial, onClose }: { initial: CalendarYear | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const put = usePutWorkCalendarYear();
  const submit = async (v: Values) => {
    const off = parseDateList(v.offDays ?? '');
    const work = parseDateList(v.workDays ?? '');
    if (off.bad.length || work.bad.length) {
      form.setFields([
        ...(off.bad.length ? [{ name: 'offDays' as const, errors: [`无法识别：${off.bad.join('、')}`] }] : []),
        ...(work.bad.length ? [{ name: 'workDays' as const, errors: [`无法识别：${work.bad.join('、')}`] }] : []),
      ]);
      return;
    }
    try {
      await put.mutateAsync({ year: v.year, input: { offDays: off.dates, workDays: work.dates, source: v.source } });
      toast().success(`${v.year}年法定节假日安排已保存`);
      onClose();
    } catch (e) {
      reportFormError(form, e);
    }
  };
  const next = new Date().getFullYear() + 1;
  return (
    <Modal open width={640} title={initial ? `修改${initial.year}年安排` : '录入新年度安排'} okText="保存" onOk={() => form.submit()}
      onCancel={onClose} confirmLoading={put.isPending} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }}
        title="按国务院办公厅当年发布的节假日安排通知录入：放假日期填每个假期的全部日期（含其中的周末），调休上班日填需上班的周六、周日。日期可写成 2027-01-01 或区间 2027-02-05~2027-02-13，用逗号或换行分隔。" />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={initial
        ? { year: initial.year, offDays: formatDateList(initial.offDays), workDays: formatDateList(initial.workDays), source: initial.source }
        : { year: next }}>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} disabled={!!initial} />
        </Form.Item>
        <Form.Item name="offDays" label="放假日期" rules={[{ required: true, whitespace: true, message: '请填写放假日期' }]}>
          <Input.TextArea rows={6} data-testid="calendar-off-days" />
        </Form.Item>
        <Form.Item name="workDays" label="调休上班日期（周末上班）">
          <Input.TextArea rows={3} data-testid="calendar-work-days" />
        </Form.Item>
        <Form.Item name="source" label="依据（通知名称、文号）" rules={[{ required: true, whitespace: true, message: '请填写依据' }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 法定节假日安排: the years the working-day counts may use; a year missing here is refused, never guessed. */
export default function WorkCalendarPage() {
  const { can } = useAuth();
  const query = useWorkCalendar();
  const [editing, setEditing] = useState<CalendarYear | null | 'new'>(null);
  const mayEdit = can(EDIT_PERMISSION);
  return (
    <Card>
      <PageHeader title="法定节假日安排（工作日历）" sub="按工作日计算的期限只使用已录入年度的安排；未录入的年度会提示，不按周一至周五推算"
        extra={mayEdit && <Button type="primary" onClick={() => setEditing('new')} data-testid="calendar-add">录入新年度</Button>} />
      <QueryState query={query}>
        {(data) => (
          <Table<CalendarYear> rowKey="year" size="small" pagination={false} dataSource={data.years} scroll={{ x: 'max-content' }}
            columns={[
              { title: '年度', dataIndex: 'year' },
              { title: '放假日期', key: 'off', render: (_, y) => <Typography.Text style={{ whiteSpace: 'pre-line' }}>{formatDateList(y.offDays)}</Typography.Text> },
              { title: '调休上班', key: 'work', render: (_, y) => <Typography.Text style={{ whiteSpace: 'pre-line' }}>{formatDateList(y.workDays) || '—'}</Typography.Text> },
              { title: '依据', dataIndex: 'source', width: 320 },
              { title: '更新时间', key: 'updatedAt', render: (_, y) => formatDateTime(y.updatedAt) },
              ...(mayEdit ? [{ title: '操作', key: 'ops', render: (_: unknown, y: CalendarYear) => <Button size="small" onClick={() => setEditing(y)}>修改</Button> }] : []),
            ]} />
        )}
      </QueryState>
      {editing && <YearModal initial={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
