import { Alert, Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import type { ResponsibilityOut } from '@contracts/responsibility';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PrintButton } from '../../../components/PrintButton';
import { QueryState } from '../../../components/QueryState';
import { EMPTY, formatDateTime, isUuid, text } from '../../../lib/format';
import { useResponsibility } from '../api/get-responsibility';
import './responsibility-print.css';

type Entry = ResponsibilityOut['entries'][number];

function Header({ v }: { v: ResponsibilityOut }) {
  const h = v.hazard;
  const rows: [string, string, string, string][] = [
    ['矿山', h.mineName, '所属企业', h.enterpriseName],
    ['上级公司', text(h.parentEnterpriseName), '所在区县', h.regionName],
    ['隐患等级', h.gradeLabel, '当前状态', h.statusLabel],
    ['判定标准条目', h.standardItemCode ? `${h.standardItemCode}${h.standardSituationCode ? ` / ${h.standardSituationCode}` : ''}${h.standardItemTitle ? ` ${h.standardItemTitle}` : ''}` : EMPTY,
      '督办文号', text(h.listingDocNo)],
    ['发现时间', formatDateTime(h.foundAt), '登记时间', formatDateTime(h.registeredAt)],
    ['整改期限', text(h.deadline), '销号时间', formatDateTime(h.closedAt)],
  ];
  return (
    <table data-testid="responsibility-header">
      <colgroup><col style={{ width: '14%' }} /><col style={{ width: '36%' }} /><col style={{ width: '14%' }} /><col style={{ width: '36%' }} /></colgroup>
      <tbody>
        <tr><th>隐患描述</th><td colSpan={3}>{h.description}</td></tr>
        {rows.map(([a, b, c, d]) => <tr key={a}><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>)}
      </tbody>
    </table>
  );
}

const statusChange = (e: Entry) =>
  e.toStatusLabel ? (e.fromStatusLabel && e.fromStatusLabel !== e.toStatusLabel ? `${e.fromStatusLabel} → ${e.toStatusLabel}` : e.fromStatusLabel ? `${e.toStatusLabel}（不变）` : e.toStatusLabel) : EMPTY;

function Timeline({ entries }: { entries: Entry[] }) {
  return (
    <table data-testid="responsibility-timeline">
      <colgroup>
        <col style={{ width: '13%' }} /><col style={{ width: '17%' }} /><col style={{ width: '14%' }} />
        <col style={{ width: '18%' }} /><col style={{ width: '14%' }} /><col style={{ width: '24%' }} />
      </colgroup>
      <thead><tr><th>时间</th><th>操作</th><th>操作人</th><th>角色/单位</th><th>状态变化</th><th>时效</th></tr></thead>
      <tbody>
        {entries.length === 0 && <tr><td colSpan={6} className="resp-muted">审计日志中没有该隐患的记录</td></tr>}
        {entries.map((e) => (
          <tr key={e.seq}>
            <td>{e.time}</td>
            <td>
              {e.actionLabel}{e.entityType !== 'hazard' && <span className="resp-muted">（{e.entityLabel}）</span>}
              {e.detail && <div className="resp-muted">{e.detail}</div>}
              {!e.chainOk && <div className="resp-late">审计记录校验未通过</div>}
            </td>
            <td>{e.actor.displayName ?? EMPTY}{e.actor.username && <div className="resp-muted">{e.actor.username}</div>}</td>
            <td>{e.actor.roleLabel || EMPTY}<div className="resp-muted">{e.actor.orgName ?? EMPTY}</div></td>
            <td>{statusChange(e)}</td>
            <td>
              {e.timing.length === 0 ? EMPTY : e.timing.map((t) => (
                <div key={t.kind} className={t.late ? 'resp-late' : undefined}>{t.label}：{t.text}</div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function People({ rows }: { rows: ResponsibilityOut['people'] }) {
  return (
    <table data-testid="responsibility-people">
      <thead><tr><th>日期</th><th>职务</th><th>单位</th><th>姓名</th><th>联系电话</th><th>任职期间</th></tr></thead>
      <tbody>
        {rows.map((p, i) => (
          <tr key={`${p.basis}-${p.duty}-${i}`}>
            <td>{p.basisLabel}<div className="resp-muted">{p.date}</div></td>
            <td>{p.dutyLabel}</td>
            <td>{text(p.unitName)}</td>
            <td>{p.name ?? <span className="resp-muted">未登记</span>}</td>
            <td>{text(p.phone)}</td>
            <td>{p.startDate ? `${p.startDate} 至 ${p.endDate ?? '今'}` : EMPTY}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Sheet({ v }: { v: ResponsibilityOut }) {
  return (
    <>
      <div className="resp-toolbar no-print">
        <Link to={`/hazards/${v.hazard.id}`}><Button icon={<ArrowLeftOutlined />}>返回隐患详情</Button></Link>
        <PrintButton />
      </div>
      <div className="resp-sheet" data-testid="responsibility-sheet">
        <h1>隐患责任倒查表</h1>
        <div className="resp-sub">生成时间 {formatDateTime(v.generatedAt)}（北京时间）</div>
        {!v.verification.ok && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title="部分审计记录校验未通过"
            description={v.verification.failures.map((f) => `第${f.seq}条：${f.reason}`).join('；')} />
        )}
        <h2>一、隐患基本情况</h2>
        <Header v={v} />
        <h2>二、处理全过程（审计日志）</h2>
        <Timeline entries={v.entries} />
        <h2>三、责任人员</h2>
        <People rows={v.people} />
        <ul className="resp-notes">
          <li>审计记录校验：{v.verification.ok ? `所列${v.verification.checked}条均通过` : '未通过（见上）'}。{v.verification.note}。</li>
          {v.notes.map((n) => <li key={n}>{n}。</li>)}
        </ul>
      </div>
    </>
  );
}

/** 隐患责任倒查表: the hazard's history from the audit log, how late each step was, and who held the principal posts; printable on A4. */
export default function HazardResponsibilityPage() {
  const { id } = useParams();
  const query = useResponsibility(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(v) => <Sheet v={v} />}</QueryState>;
}
