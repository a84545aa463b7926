import { Alert, Button, Card, DatePicker, Form, Space, Typography } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { MONTHLY_REPORT_FIGURES, MONTHLY_REPORT_SCOPE_NOTE } from '@contracts/monthly-report';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { PageHeader } from '../../../components/PageHeader';
import { PrintButton } from '../../../components/PrintButton';
import { useUrlFilters } from '../../../components/list-page/use-url-filters';
import { errorMessage } from '../../../lib/api-error';
import { useAuth } from '../../../lib/auth';
import { download } from '../../../lib/download';
import { shanghaiToday } from '../../../lib/format';
import { monthlyReportPdfUrl, monthlyReportXlsxUrl, useMonthlyReport } from '../api/get-monthly-report';
import { MonthlyReportTable } from '../components/MonthlyReportTable';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const PRINT_CSS = '@media print { @page { size: A4 landscape; margin: 12mm; } .monthly-report table { font-size: 11px; } }';

const titleOf = (month: string) => `非煤矿山重大事故隐患动态清零月报（${Number(month.slice(0, 4))}年${Number(month.slice(5))}月）`;

/** /monthly-report — 动态清零月报: agencies only; the URL's month, else last month (Asia/Shanghai). */
export default function MonthlyReportPage() {
  const { me } = useAuth();
  const { params, setParams } = useUrlFilters();
  const current = dayjs(shanghaiToday()).startOf('month');
  const month = params.month && MONTH.test(params.month) ? params.month : current.subtract(1, 'month').format('YYYY-MM');
  const agency = me.org.type === 'agency';
  const report = useMonthlyReport(month, agency);
  if (!agency) return <ForbiddenPage />;
  const title = titleOf(month);

  return (
    <Card className="monthly-report">
      <style>{PRINT_CSS}</style>
      <PageHeader
        title={title}
        sub="渝安办〔2025〕13号 §4：重大事故隐患全量汇总、动态清零"
        extra={<Space className="no-print">
          <PrintButton />
          <Button icon={<FilePdfOutlined />} onClick={() => void download(monthlyReportPdfUrl(month), `${title}.pdf`)}>下载PDF</Button>
          <Button icon={<FileExcelOutlined />} onClick={() => void download(monthlyReportXlsxUrl(month), `${title}.xlsx`)}>导出Excel</Button>
        </Space>}
      />
      <Form layout="inline" className="no-print" style={{ marginBottom: 16 }}>
        <Form.Item label="月份">
          <DatePicker picker="month" format="YYYY-MM" allowClear={false} value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(current, 'month')}
            onChange={(d) => { if (d) setParams({ ...params, month: d.format('YYYY-MM') }); }} />
        </Form.Item>
      </Form>
      {report.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(report.error)} />}
      <MonthlyReportTable report={report.data} loading={report.isFetching} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>指标口径</Typography.Title>
      {MONTHLY_REPORT_FIGURES.map((f) => (
        <Typography.Paragraph key={f.key} style={{ marginBottom: 4, fontSize: 12 }}>
          <strong>{f.title}</strong>：{f.definition}
        </Typography.Paragraph>
      ))}
      <Typography.Paragraph style={{ fontSize: 12 }}>{MONTHLY_REPORT_SCOPE_NOTE}</Typography.Paragraph>
      <Typography.Paragraph style={{ textAlign: 'right' }}>
        制表单位：{me.org.name}　　制表日期：{shanghaiToday()}
      </Typography.Paragraph>
    </Card>
  );
}
