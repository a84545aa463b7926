import { Tag } from 'antd';
import { EMPTY } from '../lib/format';

interface CodeTagProps {
  /** value → label map from contracts (MINE_STATUSES, MINE_KINDS…) */
  labels: Readonly<Record<string, string>>;
  value: string | null | undefined;
  /** value → antd tag colour */
  colors?: Readonly<Record<string, string>>;
}

/** A status or kind column cell: the Chinese label from contracts, coloured per value. */
export function CodeTag({ labels, value, colors }: CodeTagProps) {
  if (!value) return <>{EMPTY}</>;
  return <Tag color={colors?.[value]}>{labels[value] ?? value}</Tag>;
}

export function CodeTags({ labels, values, colors }: { labels: CodeTagProps['labels']; values: string[]; colors?: CodeTagProps['colors'] }) {
  if (values.length === 0) return <>{EMPTY}</>;
  return <>{values.map((v) => <CodeTag key={v} labels={labels} value={v} colors={colors} />)}</>;
}
