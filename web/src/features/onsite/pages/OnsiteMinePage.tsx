import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Divider, Space, Tag, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useUrlFilters } from '../../../components/list-page/use-url-filters';
import { errorMessage } from '../../../lib/api-error';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { labelOf, shanghaiToday } from '../../../lib/format';
import { useMineMonth } from '../api/get-mine-month';
import { useDeleteDay } from '../api/write-onsite';
import { ImportDialog } from '../components/ImportDialog';
import { LeaderCalendar } from '../components/LeaderCalendar';
import { SpotChecks } from '../components/SpotChecks';
import { MONTH, ONSITE_ROLES, previousMonth } from '../labels';

/** /onsite/mines/:id?month= — 领导在岗月历: each leader's calendar, count against the requirement, spot checks. */
export default function OnsiteMinePage() {
  const { id = '' } = useParams();
  const { me, can } = useAuth();
  const { params, setParams } = useUrlFilters();
  const today = shanghaiToday();
  const month = params.month && MONTH.test(params.month) ? params.month : previousMonth(today);
  const q = useMineMonth(id, month);
  const del = useDeleteDay();
  const [importing, setImporting] = useState(false);
  const canDeclare = me.org.type === 'enterprise' && can('onsite.declare');
  const view = q.data; // the header's title; the body renders through QueryState

  return (
    <Card>
      <PageHeader
        title={view ? `${view.mineName} · 领导在岗` : '领导在岗'}
        sub="实际控制人每月在岗不少于10个工作日，总工程师不少于15个工作日（工作日按国务院节假日安排，含调休上班日）"
        extra={<>
          <DatePicker picker="month" format="YYYY-MM" allowClear={false} value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(today), 'month')} onChange={(d) => d && setParams({ month: d.format('YYYY-MM') })} />
          {canDeclare && view && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>导入人员定位数据</Button>
          )}
          <Link to={`/onsite?month=${month}`}><Button>返回列表</Button></Link>
        </>}
      />
      <QueryState query={q}>
        {(view) => (
          <>
            {view.scheduleMissing
              ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`${view.scheduleMissing}，无法计算本月工作日和在岗天数`} />
              : (
                <Space wrap style={{ marginBottom: 12 }}>
                  <Typography.Text data-testid="working-days">本月法定工作日 {view.workingDays} 天</Typography.Text>
                  {view.compliant === true && <Tag color="green">本月达标</Tag>}
                  {view.compliant === false && <Tag color="red">本月不达标</Tag>}
                  {month === today.slice(0, 7) && <Tag color="gold">本月尚未结束，天数仍在累计</Tag>}
                  <Typography.Text type="secondary">
                    {view.minHours > 0 ? `填写了到岗和离岗时间的，在岗不足 ${view.minHours} 小时不计入（待核对）` : '到岗即计入（最少在岗时长未设置，待核对）'}
                  </Typography.Text>
                </Space>
              )}
            {view.missingRoles.length > 0 && (
              <Alert type="error" showIcon style={{ marginBottom: 16 }}
                title={`本月没有在任的${view.missingRoles.map((r) => labelOf(ONSITE_ROLES, r)).join('、')}（请在“人员与任职”中登记任职）`} />
            )}
            {view.leaders.map((l) => (
              <LeaderCalendar key={`${l.role}-${l.personId}`} mineId={view.mineId} view={view} leader={l} canDeclare={canDeclare} today={today}
                onDelete={(dayId) => del.mutate(dayId, { onSuccess: () => toast().success('已删除'), onError: (e) => toast().error(errorMessage(e)) })} />
            ))}
            <Divider />
            <SpotChecks view={view} canCheck={can('onsite.spotcheck')} today={today} />
            {importing && <ImportDialog mineId={view.mineId} onClose={() => setImporting(false)} />}
          </>
        )}
      </QueryState>
    </Card>
  );
}
