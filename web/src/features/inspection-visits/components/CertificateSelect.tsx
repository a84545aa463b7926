import { RemoteSelect, type Option, type RemoteSelectProps } from '../../../components/selects/RemoteSelect';
import { api } from '../../../lib/api';
import type { ListResult } from '../../../lib/list';

/** The few fields of GET /api/certificates this select shows. */
interface CertificateItem { id: string; personName: string; typeName: string; number: string }
const label = (c: CertificateItem) => `${c.personName} · ${c.typeName} · ${c.number}`;

/** 逢查必验: special-operations certificates of the visited mine's enterprise, searched by name or number. */
export function CertificateSelect({ enterpriseId, ...props }: RemoteSelectProps & { enterpriseId?: string }) {
  return (
    <RemoteSelect
      placeholder={enterpriseId ? '输入姓名或证号搜索' : '请先选择矿山'}
      disabled={!enterpriseId}
      {...props}
      queryKey={['lookup', 'certificates', enterpriseId]}
      search={async (q) => (enterpriseId
        ? (await api.get<ListResult<CertificateItem>>('/api/certificates', { q, limit: 20, enterpriseId })).items.map((c): Option => ({ value: c.id, label: label(c) }))
        : [])}
    />
  );
}
