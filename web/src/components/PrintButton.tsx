import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';

/** Prints the current page; app/styles.css hides the menu, header and buttons (`.no-print`). */
export function PrintButton() {
  return (
    <Button icon={<PrinterOutlined />} className="no-print" onClick={() => window.print()}>
      打印
    </Button>
  );
}
