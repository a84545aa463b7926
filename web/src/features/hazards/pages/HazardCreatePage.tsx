import { useState } from 'react';
import { Button, Card, Form, Progress, Upload, type UploadFile } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { errorMessage } from '../../../lib/api-error';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { toIsoDate } from '../../../lib/format';
import { uploadAttachment } from '../api/attachments';
import { useCreateHazard } from '../api/create-hazard';
import { HazardForm, type HazardFormValues } from '../components/HazardForm';
import type { HazardDetailState, HazardInput } from '../types';

const blankToNull = (s: string | undefined) => (s && s.trim() ? s : null);
const PHOTO_ACCEPT = 'image/*,.heic,.heif';

interface Uploading { index: number; total: number; name: string; percent: number }

export default function HazardCreatePage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<HazardFormValues>();
  const create = useCreateHazard();
  const regulator = me.org.type === 'agency';
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [uploading, setUploading] = useState<Uploading | null>(null);

  /** The chosen photos go up as 整改前照片 once the hazard exists; a failure is shown on the detail page. */
  const uploadPhotos = async (hazardId: string): Promise<string | undefined> => {
    const files = photos.map((p) => p.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
    for (const [index, file] of files.entries()) {
      setUploading({ index, total: files.length, name: file.name, percent: 0 });
      try {
        await uploadAttachment(hazardId, 'photo_before', file, (percent) => setUploading({ index, total: files.length, name: file.name, percent }));
      } catch (e) {
        return `${file.name}：${errorMessage(e)}`;
      }
    }
    return undefined;
  };

  const submit = (v: HazardFormValues) => {
    const major = v.grade === 'major';
    const body: HazardInput = {
      mineId: v.mineId ?? '',
      grade: v.grade ?? 'major',
      source: regulator ? undefined : v.source,
      standardItemCode: major ? (v.standardItemCode ?? null) : null,
      standardSituationCode: major ? (v.standardSituationCode ?? null) : null,
      description: v.description ?? '',
      placeText: blankToNull(v.placeText),
      foundAt: (v.foundAt ?? null)?.toISOString() ?? '',
      foundBy: v.foundBy ?? '',
      deadline: regulator ? toIsoDate(v.deadline) : null,
      stopProduction: major ? !!v.stopProduction : undefined,
      workersWithdrawn: major ? !!v.workersWithdrawn : undefined,
    };
    create.mutate(body, {
      onSuccess: async (h) => {
        const uploadError = photos.length > 0 ? await uploadPhotos(h.id) : undefined;
        setUploading(null);
        toast().success(regulator ? '已登记，隐患进入整改' : '已上报');
        const state: HazardDetailState = { uploadError };
        navigate(`/hazards/${h.id}`, { state });
      },
      onError: (e) => reportFormError(form, e),
    });
  };

  const photoPicker = (
    <Form.Item label="现场照片（可选，上报后作为整改前照片上传）">
      <Upload accept={PHOTO_ACCEPT} multiple listType="picture" fileList={photos} disabled={!!uploading}
        beforeUpload={() => false} onChange={({ fileList }) => setPhotos(fileList)} data-testid="report-photos">
        <Button icon={<CameraOutlined />} disabled={!!uploading}>选择照片</Button>
      </Upload>
      {uploading && (
        <div style={{ maxWidth: 480, marginTop: 8 }} data-testid="report-photo-progress">
          <span>正在上传照片 {uploading.index + 1}/{uploading.total}：{uploading.name}</span>
          <Progress percent={uploading.percent} size="small" status="active" />
        </div>
      )}
    </Form.Item>
  );

  return (
    <Card>
      <PageHeader title={regulator ? '登记检查发现的隐患' : '上报隐患'}
        sub={regulator ? '监管检查发现的隐患登记后直接进入整改，须填写整改期限' : '重大事故隐患上报后由区县监管部门认定'} />
      <HazardForm form={form} regulator={regulator} defaultFoundBy={me.displayName} submitting={create.isPending || !!uploading}
        onSubmit={submit} onCancel={() => navigate('/hazards')} extra={photoPicker} />
    </Card>
  );
}
