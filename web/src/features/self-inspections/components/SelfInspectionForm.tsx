import { useQuery } from '@tanstack/react-query';
import type { MineListItem } from '@contracts/org';
import { Alert, Button, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Space } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { SELF_INSPECTION_RESULTS, type SelfInspectionResult } from '@contracts/self-inspections';
import { MineSelect } from '../../../components/selects/MineSelect';
import { api } from '../../../lib/api';
import { isUuid, optionsFrom, shanghaiToday } from '../../../lib/format';
import { HazardMultiSelect, OrganiserSelect } from './lookups';

export interface SelfInspectionFormValues {
  mineId?: string;
  month?: Dayjs;
  organiserPersonId?: string;
  inspectionDate?: Dayjs;
  participants?: string;
  scope?: string;
  result?: SelfInspectionResult;
  hazardIds?: string[];
  /** hazards_found: sign now as well (optional) */
  signNow?: boolean;
  password?: string;
}

interface Props {
  form: FormInstance<SelfInspectionFormValues>;
  /** whose people may organise until the chosen mine's enterprise is known (the signed-in enterprise user's own) */
  enterpriseId?: string;
  /** edit: mine and month are fixed */
  editing?: { mineLabel: string; organiserLabel: string };
  initialValues?: SelfInspectionFormValues;
  submitting: boolean;
  submitText: string;
  onSubmit: (values: SelfInspectionFormValues) => void;
  onCancel: () => void;
}

const thisMonth = () => dayjs(shanghaiToday()).startOf('month');

/**
 * 重大隐患月度自查填报. "未发现重大隐患" is a signed statement: the organiser, signed in with their own account,
 * re-enters their password (the server checks the account is linked to the organiser person).
 */
export function SelfInspectionForm({ form, enterpriseId, editing, initialValues, submitting, submitText, onSubmit, onCancel }: Props) {
  const mineId = Form.useWatch('mineId', form);
  const month = Form.useWatch('month', form);
  const result = Form.useWatch('result', form);
  const signNow = Form.useWatch('signNow', form);
  const today = dayjs(shanghaiToday());
  // the organiser is one of the chosen mine's enterprise's people
  const mine = useQuery({
    queryKey: ['lookup', 'mine', mineId],
    queryFn: () => api.get<MineListItem>(`/api/mines/${encodeURIComponent(mineId ?? '')}`),
    enabled: isUuid(mineId),
    staleTime: 5 * 60_000,
  });
  const organiserEnterpriseId = mine.data?.enterpriseId ?? enterpriseId;
  const needsPassword = result === 'no_major_hazard' || (result === 'hazards_found' && signNow);
  return (
    <Form form={form} layout="vertical" onFinish={onSubmit} scrollToFirstError style={{ maxWidth: 880 }}
      initialValues={initialValues ?? { month: thisMonth(), result: 'hazards_found', hazardIds: [] }}>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="mineId" label="矿山" rules={[{ required: true, message: '请选择矿山' }]}>
            <MineSelect disabled={!!editing} initialLabel={editing?.mineLabel}
              onChange={() => form.setFieldsValue({ hazardIds: [], organiserPersonId: undefined })} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="month" label="自查月份" rules={[{ required: true, message: '请选择自查月份' }]}>
            <DatePicker picker="month" format="YYYY-MM" disabled={!!editing} style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(today, 'month')}
              onChange={(m: Dayjs | null) => {
                const date = form.getFieldValue('inspectionDate') as Dayjs | undefined;
                if (m && date && !date.isSame(m, 'month')) form.setFieldsValue({ inspectionDate: undefined });
              }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="organiserPersonId" label="组织人" rules={[{ required: true, message: '请选择组织人' }]}
            extra="应为企业主要负责人或矿长（按系统设置）；其他人员可提交，但记录将标记为“组织人不符合要求”">
            <OrganiserSelect enterpriseId={organiserEnterpriseId} initialLabel={editing?.organiserLabel} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="inspectionDate" label="自查日期" rules={[{ required: true, message: '请选择自查日期' }]}>
            <DatePicker style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(today, 'day') || (!!month && !d.isSame(month, 'month'))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="participants" label="参加人员" rules={[{ required: true, whitespace: true, message: '请填写参加人员' }]}>
        <Input.TextArea rows={2} maxLength={500} showCount placeholder="姓名、职务，如：张某某（矿长）、李某某（安全副矿长）" />
      </Form.Item>
      <Form.Item name="scope" label="自查范围" rules={[{ required: true, whitespace: true, message: '请填写自查范围' }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder="对照重大事故隐患判定标准自查的系统、场所和内容" />
      </Form.Item>
      <Form.Item name="result" label="自查结论" rules={[{ required: true, message: '请选择自查结论' }]}>
        <Radio.Group options={optionsFrom(SELF_INSPECTION_RESULTS)} optionType="button"
          onChange={(e) => { if (e.target.value === 'no_major_hazard') form.setFieldsValue({ hazardIds: [] }); }} />
      </Form.Item>
      {result === 'hazards_found' && (
        <>
          <Form.Item name="hazardIds" label="关联隐患" extra="本矿山已登记的隐患记录；尚未登记的请先在“隐患”中上报，之后可在签字前修改本记录补充关联">
            <HazardMultiSelect mineId={mineId} />
          </Form.Item>
          <Form.Item name="signNow" valuePropName="checked">
            <Checkbox>现在由组织人签字（签字后记录不能再修改）</Checkbox>
          </Form.Item>
        </>
      )}
      {needsPassword && (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }}
            title={result === 'no_major_hazard' ? '“未发现重大隐患”须由组织人本人签字' : '组织人签字'}
            description="签字须由组织人本人的账号完成：请组织人登录自己的账号后输入登录密码。签字后记录不能再修改。" />
          <Form.Item name="password" label="组织人登录密码（签字）" rules={[{ required: true, message: '请输入组织人本人的登录密码' }]}>
            <Input.Password autoComplete="current-password" style={{ maxWidth: 320 }} />
          </Form.Item>
        </>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>{submitText}</Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}

/** Form values → the API's fields (shared by create and edit). */
export function toContent(v: SelfInspectionFormValues) {
  const result = v.result ?? 'hazards_found';
  const sign = result === 'no_major_hazard' || !!v.signNow;
  return {
    organiserPersonId: v.organiserPersonId ?? '',
    inspectionDate: v.inspectionDate?.format('YYYY-MM-DD') ?? '',
    participants: v.participants ?? '',
    scope: v.scope ?? '',
    result,
    hazardIds: result === 'hazards_found' ? (v.hazardIds ?? []) : [],
    password: sign && v.password ? v.password : undefined,
  };
}
