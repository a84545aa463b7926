import type { FormInstance } from 'antd';
import type { Mine, MineInput } from '../types';
import { BoundaryTextError } from './boundary-text';
import { toInput, type MineFormValues } from './mine-form-values';

/** Form values → body, or null after marking the coordinate textarea when it cannot be read. */
export function buildMineInput(form: FormInstance<MineFormValues>, values: MineFormValues, initial?: Mine): MineInput | null {
  try {
    return toInput(values, initial);
  } catch (e) {
    if (!(e instanceof BoundaryTextError)) throw e;
    form.setFields([{ name: 'boundaryText', errors: [e.message] }]);
    form.scrollToField('boundaryText', { block: 'center' });
    return null;
  }
}
