import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { MineListItem } from '@contracts/org';
import { AgencySelect } from '../../../components/selects/AgencySelect';
import { MineSelect } from '../../../components/selects/MineSelect';
import { api } from '../../../lib/api';
import { isUuid, optionsFrom, shanghaiToday } from '../../../lib/format';
import { TRAINING_RATINGS, VERIFICATION_METHODS, VERIFICATION_RESULTS } from '../labels';
import type { VisitInput } from '../types';
import { CertificateSelect } from './CertificateSelect';

export interface VisitFormValues {
  mineId?: string; visitDate?: Dayjs; otherAgencyIds?: string[]; inspectors?: string; findings?: string;
  trainingEvaluation?: string; trainingRating?: keyof typeof TRAINING_RATINGS;
  workerTests?: { personName?: string; subject?: string; score?: number; passed?: boolean }[];
  verifications?: { certificateId?: string; method?: keyof typeof VERIFICATION_METHODS; result?: keyof typeof VERIFICATION_RESULTS; note?: string }[];
}

export function toVisitInput(v: VisitFormValues): VisitInput {
  return {
    mineId: v.mineId ?? '', visitDate: v.visitDate?.format('YYYY-MM-DD') ?? '', otherAgencyIds: v.otherAgencyIds ?? [],
    inspectors: v.inspectors ?? '', findings: v.findings, trainingEvaluation: v.trainingEvaluation, trainingRating: v.trainingRating ?? null,
    workerTests: (v.workerTests ?? []).map((t) => ({ personName: t.personName ?? '', subject: t.subject ?? '', score: t.score ?? 0, passed: !!t.passed })),
    verifications: (v.verifications ?? []).map((c) => ({ certificateId: c.certificateId ?? '', method: c.method ?? 'qr_scan', result: c.result ?? 'genuine', note: c.note })),
  };
}

/** 检查记录 with its three sections: 必验 (certificates), 必评 (training), 必考 (workers tested on site). */
export function VisitForm({ form, submitting, onSubmit, onCancel, initialMineId }: {
  form: FormInstance<VisitFormValues>; submitting: boolean; onSubmit: (v: VisitFormValues) => void; onCancel: () => void; initialMineId?: string;
}) {
  const mineId = Form.useWatch('mineId', form);
  const mine = useQuery({
    queryKey: ['lookup', 'mine', mineId], queryFn: () => api.get<MineListItem>(`/api/mines/${encodeURIComponent(mineId ?? '')}`),
    enabled: isUuid(mineId), staleTime: 5 * 60_000,
  });
  const today = shanghaiToday();
  return (
    <Form form={form} layout="vertical" onFinish={onSubmit} scrollToFirstError style={{ maxWidth: 960 }}
      initialValues={{ mineId: initialMineId, workerTests: [], verifications: [] }}>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="mineId" label="被检查矿山" rules={[{ required: true, message: '请选择矿山' }]}>
            <MineSelect onChange={() => form.setFieldsValue({ verifications: [] })} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="visitDate" label="检查日期" rules={[{ required: true, message: '请选择检查日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="otherAgencyIds" label="联合检查部门（本部门为牵头部门）"><AgencySelect mode="multiple" /></Form.Item>
      <Form.Item name="inspectors" label="检查人员" rules={[{ required: true, whitespace: true, message: '请填写检查人员' }]}><Input maxLength={500} /></Form.Item>
      <Form.Item name="findings" label="检查发现" extra="需要整改的问题保存后可在检查详情中“登记发现的隐患”">
        <Input.TextArea rows={3} maxLength={4000} showCount />
      </Form.Item>

      <Card size="small" title="逢查必验：特种作业操作证核验" style={{ marginBottom: 16 }}>
        <Form.List name="verifications">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key} align="top">
                  <Col xs={24} md={9}>
                    <Form.Item name={[f.name, 'certificateId']} rules={[{ required: true, message: '请选择证书' }]}>
                      <CertificateSelect enterpriseId={mine.data?.enterpriseId} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}><Form.Item name={[f.name, 'method']} initialValue="qr_scan"><Select options={optionsFrom(VERIFICATION_METHODS)} /></Form.Item></Col>
                  <Col xs={12} md={4}><Form.Item name={[f.name, 'result']} initialValue="genuine"><Select options={optionsFrom(VERIFICATION_RESULTS)} /></Form.Item></Col>
                  <Col xs={20} md={5}><Form.Item name={[f.name, 'note']}><Input placeholder="说明" maxLength={500} /></Form.Item></Col>
                  <Col xs={4} md={1}><MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 8 }} /></Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} disabled={!mine.data}>添加核验的证书</Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card size="small" title="逢查必评：安全培训评价" style={{ marginBottom: 16 }}>
        <Form.Item name="trainingRating" label="评价等级"><Radio.Group optionType="button" options={optionsFrom(TRAINING_RATINGS)} /></Form.Item>
        <Form.Item name="trainingEvaluation" label="评价意见"><Input.TextArea rows={3} maxLength={2000} showCount /></Form.Item>
      </Card>

      <Card size="small" title="逢查必考：现场考试" style={{ marginBottom: 16 }}>
        <Form.List name="workerTests">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key} align="top">
                  <Col xs={12} md={5}><Form.Item name={[f.name, 'personName']} rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}><Input placeholder="姓名" maxLength={50} /></Form.Item></Col>
                  <Col xs={12} md={9}><Form.Item name={[f.name, 'subject']} rules={[{ required: true, whitespace: true, message: '请填写考试内容' }]}><Input placeholder="考试内容" maxLength={200} /></Form.Item></Col>
                  <Col xs={10} md={4}><Form.Item name={[f.name, 'score']} rules={[{ required: true, message: '请填写成绩' }]}><InputNumber min={0} max={100} placeholder="成绩" style={{ width: '100%' }} /></Form.Item></Col>
                  <Col xs={10} md={5}><Form.Item name={[f.name, 'passed']} valuePropName="checked" initialValue={true}><Switch checkedChildren="合格" unCheckedChildren="不合格" /></Form.Item></Col>
                  <Col xs={4} md={1}><MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 8 }} /></Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>添加被考人员</Button>
            </>
          )}
        </Form.List>
      </Card>
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>保存</Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
