import { useState } from 'react';
import { Button } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ImportModal } from './ImportModal';

export function ImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>批量导入</Button>
      {open && <ImportModal onClose={() => setOpen(false)} />}
    </>
  );
}
