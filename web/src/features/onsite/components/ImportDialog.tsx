import { useState } from 'react';
import { Alert, Button, Form, Modal, Select, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-error';
import { toast } from '../../../lib/feedback';
import { importPositioning, type ImportMapping } from '../api/write-onsite';
import type { PositioningPreview } from '../types';

const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8（带BOM）', 'utf-16le': 'UTF-16', gb18030: 'GB18030（GBK）' };

/** 导入人员定位数据: pick the CSV, see its encoding and first rows, map the columns, preview row errors, then commit. */
export function ImportDialog({ mineId, onClose }: { mineId: string; onClose(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<PositioningPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({ matchBy: 'name' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (f: File, m: ImportMapping, mode: 'dry-run' | 'commit') => {
    setBusy(true);
    setError(null);
    try {
      const out = await importPositioning(mineId, f, m, mode);
      setPreview(out);
      if (mode === 'commit') {
        toast().success(`已导入 ${out.days} 个领导在岗日`);
        onClose();
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const columns = (preview?.headers ?? []).map((h) => ({ value: h, label: h }));
  const set = (k: keyof ImportMapping) => (v: string | undefined) => setMapping((m) => ({ ...m, [k]: v }));
  const mapped = Boolean(mapping.personColumn && mapping.dateColumn);

  return (
    <Modal open width={860} title="导入人员定位系统数据（CSV）" onCancel={onClose} footer={[
      <Button key="cancel" onClick={onClose}>取消</Button>,
      <Button key="check" disabled={!file || !mapped} loading={busy} onClick={() => file && void run(file, mapping, 'dry-run')}>预检</Button>,
      <Button key="commit" type="primary" disabled={!file || !mapped || !preview?.days} loading={busy}
        onClick={() => file && void run(file, mapping, 'commit')}>确认导入</Button>,
    ]}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Upload accept=".csv,.txt" maxCount={1} showUploadList={false}
          beforeUpload={(f) => { setFile(f); setPreview(null); void run(f, {}, 'dry-run'); return false; }}>
          <Button icon={<UploadOutlined />}>选择CSV文件</Button>
        </Upload>
        {file && <Typography.Text>{file.name}{preview && `，编码：${ENCODINGS[preview.encoding] ?? preview.encoding}，共 ${preview.rows} 行`}</Typography.Text>}
        {error && <Alert type="error" showIcon title={error} />}
        {preview && (
          <>
            <Table size="small" pagination={false} scroll={{ x: true }} rowKey={(_, i) => String(i)}
              dataSource={preview.sample.map((r) => Object.fromEntries(r.map((c, i) => [String(i), c])))}
              columns={preview.headers.map((h, i) => ({ title: h, dataIndex: String(i) }))} />
            <Form layout="inline" style={{ rowGap: 8 }}>
              <Form.Item label="人员列"><Select style={{ width: 140 }} options={columns} value={mapping.personColumn} onChange={set('personColumn')} /></Form.Item>
              <Form.Item label="按">
                <Select style={{ width: 110 }} value={mapping.matchBy} onChange={(v) => setMapping((m) => ({ ...m, matchBy: v }))}
                  options={[{ value: 'name', label: '姓名' }, { value: 'id_number', label: '身份证号' }]} />
              </Form.Item>
              <Form.Item label="日期列"><Select style={{ width: 140 }} options={columns} value={mapping.dateColumn} onChange={set('dateColumn')} /></Form.Item>
              <Form.Item label="到岗（下井）时间列"><Select allowClear style={{ width: 140 }} options={columns} value={mapping.arrivalColumn} onChange={set('arrivalColumn')} /></Form.Item>
              <Form.Item label="离岗（升井）时间列"><Select allowClear style={{ width: 140 }} options={columns} value={mapping.departureColumn} onChange={set('departureColumn')} /></Form.Item>
              <Form.Item label="是否井下列"><Select allowClear style={{ width: 140 }} options={columns} value={mapping.undergroundColumn} onChange={set('undergroundColumn')} /></Form.Item>
            </Form>
            {mapped && (
              <Typography.Text>
                预检结果：可导入 {preview.days} 个领导在岗日；非实际控制人/总工程师的行 {preview.ignored} 行（忽略）；错误 {preview.errors.length} 行。
              </Typography.Text>
            )}
            {preview.errors.length > 0 && (
              <Table size="small" rowKey="row" pagination={{ pageSize: 5 }} dataSource={preview.errors}
                columns={[{ title: '行号', dataIndex: 'row', width: 80 }, { title: '问题', dataIndex: 'message' }]} />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
