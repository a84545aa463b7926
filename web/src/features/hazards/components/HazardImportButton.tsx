import { useState } from 'react';
import { Button } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
// The one import dialog (template, dry run with row errors, confirm, progress) lives with the registry import.
import { ImportModal } from '../../enterprises/components/ImportModal';
import { queryClient } from '../../../lib/query-client';
import { HAZARDS_KEY } from '../api/get-hazards';

/** 隐患批量导入 (/api/import/hazards): enterprises report self-found hazards, regulators register inspection findings. */
export function HazardImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="hazard-import">批量导入</Button>
      {open && (
        <ImportModal
          kind="hazards"
          title="隐患批量导入"
          templateName="隐患导入模板.xlsx"
          onCommitted={() => void queryClient.invalidateQueries({ queryKey: HAZARDS_KEY })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
