import { useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { HAZARD_ACTIONS, type HazardAction } from '@contracts/hazards';
import { useAuth } from '../../../lib/auth';
import { fromIsoDate, toIsoDate } from '../../../lib/format';
import { useActOnHazard } from '../api/act-on-hazard';
import { useDecideExtension } from '../api/decide-extension';
import { useDelistHazard } from '../api/delist-hazard';
import { useListHazard } from '../api/list-hazard';
import { useRequestExtension } from '../api/request-extension';
import type { Hazard, HazardActionBody } from '../types';
import { ActionModal } from './ActionModal';
import { availableFor } from './available-actions';
import { AttachmentUploader } from './HazardAttachments';
import { StandardPicker } from './StandardPicker';

type Open = HazardAction | 'extension' | 'decide' | 'list' | 'delist' | null;
type V = Record<string, unknown>;

const beforeToday = (d: Dayjs) => d.isBefore(dayjs(), 'day');
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
const date = (v: unknown) => toIsoDate(v as Dayjs | undefined) ?? undefined;
const req = (message: string) => [{ required: true, whitespace: true, message }];
const reqDate = (message: string) => [{ required: true, message }];

/** Button label per lifecycle action (shorter than the contracts' names). */
const BUTTONS: Record<HazardAction, string> = {
  confirm: '认定', reject_as_general: '不予认定', submit_plan: '提交整改方案', progress: '填报整改进展',
  self_accept: '企业自验', accept_pass: '验收通过', accept_fail: '验收不通过', close_general: '销号', revoke_closure: '撤销销号',
};
const ORDER: HazardAction[] = ['confirm', 'reject_as_general', 'submit_plan', 'progress', 'self_accept', 'accept_pass', 'accept_fail', 'close_general', 'revoke_closure'];
const DANGER = new Set<HazardAction>(['reject_as_general', 'accept_fail', 'revoke_closure']);

/** 现场核查未整改 → the server flags suspected falsification (弄虚作假) and names the principals. */
const onsiteCheckbox = (
  <Form.Item name="onsiteNotRectified" valuePropName="checked">
    <Checkbox data-testid="onsite-not-rectified">现场核查发现未整改（标记为涉嫌弄虚作假，追溯主要负责人责任）</Checkbox>
  </Form.Item>
);

/** The action buttons the current user may take now, each opening its form in a modal. */
export function HazardActions({ hazard: h }: { hazard: Hazard }) {
  const { me, can } = useAuth();
  const [open, setOpen] = useState<Open>(null);
  const act = useActOnHazard(h.id);
  const extend = useRequestExtension(h.id);
  const decide = useDecideExtension();
  const list = useListHazard(h.id);
  const delist = useDelistHazard();
  const av = availableFor(h, me, can);
  const close = () => setOpen(null);
  const send = (action: HazardAction) => (body: V) => act.mutateAsync({ action, body: { ...body, version: h.version } as HazardActionBody });
  const common = { hazard: h, onClose: close };
  const major = h.grade === 'major';

  const buttons = [
    ...ORDER.filter((a) => av.actions.has(a)).map((a) => (
      <Button key={a} type={DANGER.has(a) ? 'default' : 'primary'} danger={DANGER.has(a)} onClick={() => setOpen(a)}
        data-testid={`action-${a}`}>{BUTTONS[a]}</Button>
    )),
    av.requestExtension && <Button key="extension" onClick={() => setOpen('extension')} data-testid="action-extension">申请延期</Button>,
    av.decideExtension && <Button key="decide" type="primary" onClick={() => setOpen('decide')} data-testid="action-decide">审批延期</Button>,
    av.list && <Button key="list" danger onClick={() => setOpen('list')} data-testid="action-list">挂牌督办</Button>,
    av.delist && <Button key="delist" type="primary" onClick={() => setOpen('delist')} data-testid="action-delist">摘牌</Button>,
  ].filter(Boolean);

  return (
    <>
      {buttons}
      {open === 'confirm' && (
        <ActionModal<V> {...common} title={HAZARD_ACTIONS.confirm} successText="已认定为重大事故隐患，进入整改" width={640}
          initialValues={{ standardItemCode: h.standardItemCode ?? undefined, standardSituationCode: h.standardSituationCode ?? undefined }}
          toBody={(v) => ({
            deadline: date(v.deadline), note: str(v.note),
            ...(v.reclassify ? { standardItemCode: v.standardItemCode ?? null, standardSituationCode: v.standardSituationCode ?? null } : {}),
          })}
          send={send('confirm')}>
          {(form) => (
            <>
              <Form.Item name="deadline" label="整改期限" rules={reqDate('请选择整改期限')}>
                <DatePicker style={{ width: 240 }} disabledDate={beforeToday} />
              </Form.Item>
              <Form.Item name="reclassify" valuePropName="checked">
                <Checkbox>调整判定标准条目（当前：{h.standardItemCode ?? '未选择'}{h.standardSituationCode ? ` / ${h.standardSituationCode}` : ''}）</Checkbox>
              </Form.Item>
              <Form.Item noStyle dependencies={['reclassify']}>
                {() => (form.getFieldValue('reclassify') ? <StandardPicker form={form} mineId={h.mineId} /> : null)}
              </Form.Item>
              <Form.Item name="note" label="认定意见"><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
            </>
          )}
        </ActionModal>
      )}
      {open === 'reject_as_general' && (
        <ActionModal<V> {...common} title={HAZARD_ACTIONS.reject_as_general} danger successText="已不予认定，按一般隐患由企业整改"
          toBody={(v) => ({ reason: str(v.reason) })} send={send('reject_as_general')}>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title="不予认定后，该隐患按一般隐患处理，由企业自行整改销号" />
          <Form.Item name="reason" label="不予认定理由" rules={req('请填写理由')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        </ActionModal>
      )}
      {open === 'submit_plan' && (
        <ActionModal<V> {...common} title={major ? '提交整改方案（五定）' : '提交整改措施'} successText="整改方案已提交" width={720}
          initialValues={{
            goal: h.plan.goal ?? undefined, measures: h.plan.measures ?? undefined, fundsMaterials: h.plan.fundsMaterials ?? undefined,
            responsiblePeople: h.plan.responsiblePeople ?? undefined, planDeadline: fromIsoDate(h.plan.deadline ?? h.deadline),
            interimMeasures: h.plan.interimMeasures ?? undefined, stopProduction: h.stopProduction, workersWithdrawn: h.workersWithdrawn,
          }}
          toBody={(v) => ({
            goal: str(v.goal), measures: str(v.measures), fundsMaterials: str(v.fundsMaterials), responsiblePeople: str(v.responsiblePeople),
            planDeadline: date(v.planDeadline), interimMeasures: str(v.interimMeasures),
            stopProduction: !!v.stopProduction, workersWithdrawn: !!v.workersWithdrawn,
          })}
          send={send('submit_plan')}>
          {major && <Form.Item name="goal" label="整改目标和任务" rules={req('请填写整改目标和任务')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>}
          <Form.Item name="measures" label="整改方法和措施" rules={req('请填写整改方法和措施')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
          {major && (
            <>
              <Form.Item name="fundsMaterials" label="经费和物资" rules={req('请填写经费和物资')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
              <Form.Item name="responsiblePeople" label="负责机构和人员" rules={req('请填写负责机构和人员')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
              <Form.Item name="planDeadline" label="方案完成时限" rules={reqDate('请选择方案完成时限')}>
                <DatePicker style={{ width: 240 }} disabledDate={beforeToday} />
              </Form.Item>
              <Form.Item name="interimMeasures" label="临时安全措施" rules={req('请填写临时安全措施')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
            </>
          )}
          <Space>
            <Form.Item name="stopProduction" valuePropName="checked" noStyle><Checkbox>停产停工</Checkbox></Form.Item>
            <Form.Item name="workersWithdrawn" valuePropName="checked" noStyle><Checkbox>撤出危险区域作业人员</Checkbox></Form.Item>
          </Space>
          <Form.Item label="附件（选择后立即上传）" style={{ marginTop: 16 }}>
            <AttachmentUploader hazardId={h.id} purposes={['risk_assessment', 'photo_after']} defaultPurpose="risk_assessment" testId="plan-upload" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'progress' && (
        <ActionModal<V> {...common} title={HAZARD_ACTIONS.progress} successText="已填报整改进展"
          toBody={(v) => ({ note: str(v.note) })} send={send('progress')}>
          <Form.Item name="note" label="整改进展" rules={req('请填写整改进展')}><Input.TextArea rows={4} maxLength={2000} /></Form.Item>
        </ActionModal>
      )}
      {open === 'self_accept' && (
        <ActionModal<V> {...common} title="企业自验（主要负责人签字）" okText="确认签字" successText="自验已提交，等待区县验收"
          toBody={(v) => ({ password: typeof v.password === 'string' ? v.password : '', note: str(v.note) })} send={send('self_accept')}>
          <Typography.Paragraph>
            本人作为企业主要负责人，确认该重大事故隐患已按整改方案整改完毕，申请验收。请输入您的登录密码以签字确认。
          </Typography.Paragraph>
          <Form.Item name="note" label="自验情况"><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
          <Form.Item label="整改后照片、风险评估报告（选择后立即上传）">
            <AttachmentUploader hazardId={h.id} purposes={['photo_after', 'risk_assessment']} defaultPurpose="photo_after" testId="self-accept-upload" />
          </Form.Item>
          <Form.Item name="password" label="登录密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" data-testid="sign-password" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'accept_pass' && (
        <ActionModal<V> {...common} title={HAZARD_ACTIONS.accept_pass} okText="验收通过"
          successText={h.listingDocNo ? '验收通过，待挂牌部门摘牌' : '验收通过，已销号'}
          toBody={(v) => ({ note: str(v.note) })} send={send('accept_pass')}>
          {h.listingDocNo && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`该隐患已挂牌督办（${h.listingDocNo}），验收通过后由挂牌部门摘牌销号`} />}
          <Form.Item name="note" label="验收意见"><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        </ActionModal>
      )}
      {open === 'accept_fail' && (
        <ActionModal<V> {...common} title={HAZARD_ACTIONS.accept_fail} danger okText="验收不通过" successText="已退回企业继续整改"
          toBody={(v) => ({ reason: str(v.reason), onsiteNotRectified: !!v.onsiteNotRectified })} send={send('accept_fail')}>
          <Form.Item name="reason" label="不通过理由" rules={req('请填写不通过理由')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
          {onsiteCheckbox}
        </ActionModal>
      )}
      {open === 'revoke_closure' && (
        <ActionModal<V> {...common} title={HAZARD_ACTIONS.revoke_closure} danger okText="撤销销号" successText="已撤销销号，隐患重新进入整改"
          toBody={(v) => ({ reason: str(v.reason), onsiteNotRectified: !!v.onsiteNotRectified })} send={send('revoke_closure')}>
          <Alert type="warning" showIcon style={{ marginBottom: 16 }}
            title="撤销销号将重新打开本条隐患记录（进入整改中）。销号后再次发现的同类隐患，应作为新隐患登记并关联“复发自”。" />
          <Form.Item name="reason" label="撤销理由" rules={req('请填写撤销理由')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
          {onsiteCheckbox}
        </ActionModal>
      )}
      {open === 'close_general' && (
        <ActionModal<V> {...common} title={HAZARD_ACTIONS.close_general} okText="销号" successText="已销号"
          toBody={(v) => ({ note: str(v.note) })} send={send('close_general')}>
          <Form.Item name="note" label="整改完成情况" rules={req('请填写整改完成情况')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        </ActionModal>
      )}
      {open === 'extension' && (
        <ActionModal<V> {...common} title="申请延期" successText="延期申请已提交"
          initialValues={{ requestedDeadline: h.deadline ? dayjs(h.deadline).add(15, 'day') : undefined }}
          toBody={(v) => ({ requestedDeadline: date(v.requestedDeadline), reason: str(v.reason) })}
          send={(body) => extend.mutateAsync(body as never)}>
          <Typography.Paragraph>当前整改期限：{h.deadline}</Typography.Paragraph>
          <Form.Item name="requestedDeadline" label="申请延期至" rules={reqDate('请选择申请延期至')}>
            <DatePicker style={{ width: 240 }} disabledDate={(d) => !!h.deadline && !d.isAfter(dayjs(h.deadline), 'day')} />
          </Form.Item>
          <Form.Item name="reason" label="延期理由" rules={req('请填写延期理由')}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
        </ActionModal>
      )}
      {open === 'decide' && av.decideExtension && (
        <ActionModal<V> {...common} title="审批延期申请" successText="已审批" initialValues={{ approve: true }}
          toBody={(v) => ({ approve: !!v.approve, note: str(v.note) })}
          send={(body) => decide.mutateAsync({ extensionId: av.decideExtension!.id, input: body as never })}>
          <Typography.Paragraph>
            申请将整改期限由 {av.decideExtension.previousDeadline ?? '—'} 延至 <b>{av.decideExtension.requestedDeadline}</b>。
            理由：{av.decideExtension.reason}
          </Typography.Paragraph>
          <Form.Item name="approve" label="审批结果">
            <Radio.Group options={[{ value: true, label: '批准' }, { value: false, label: '不批准' }]} />
          </Form.Item>
          <Form.Item name="note" label="审批意见"><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        </ActionModal>
      )}
      {open === 'list' && (
        <ActionModal<V> {...common} title="挂牌督办" okText="挂牌" successText="已挂牌督办"
          initialValues={{ deadline: fromIsoDate(h.deadline), responsibleUnit: h.enterpriseName }}
          toBody={(v) => ({ version: h.version, deadline: date(v.deadline), requirements: str(v.requirements), responsibleUnit: str(v.responsibleUnit) })}
          send={(body) => list.mutateAsync(body as never)}>
          <Typography.Paragraph type="secondary">督办文号由系统按本部门、本年度顺序编号。</Typography.Paragraph>
          <Form.Item name="deadline" label="督办期限" rules={reqDate('请选择督办期限')}>
            <DatePicker style={{ width: 240 }} disabledDate={beforeToday} />
          </Form.Item>
          <Form.Item name="responsibleUnit" label="责任单位" rules={req('请填写责任单位')}><Input maxLength={200} /></Form.Item>
          <Form.Item name="requirements" label="督办要求" rules={req('请填写督办要求')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        </ActionModal>
      )}
      {open === 'delist' && av.delist && (
        <ActionModal<V> {...common} title={`摘牌：${av.delist.docNo}`} okText="摘牌" successText="已摘牌，隐患已销号"
          toBody={(v) => ({ verificationNote: str(v.verificationNote) })}
          send={(body) => delist.mutateAsync({ listingId: av.delist!.id, input: body as never })}>
          <Form.Item name="verificationNote" label="现场核查意见" rules={req('请填写现场核查意见')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </ActionModal>
      )}
    </>
  );
}
