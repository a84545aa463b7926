import { Tag } from 'antd';
import { HAZARD_GRADES, HAZARD_STATUSES } from '@contracts/hazards';
import { CodeTag } from '../../../components/CodeTag';
import { GRADE_COLORS, STATUS_COLORS } from '../labels';

export const StatusTag = ({ status }: { status: string }) => <CodeTag labels={HAZARD_STATUSES} value={status} colors={STATUS_COLORS} />;
export const GradeTag = ({ grade }: { grade: string }) => <CodeTag labels={HAZARD_GRADES} value={grade} colors={GRADE_COLORS} />;
/** From the API's `overdue` (deadline before today in Shanghai, not closed). */
export const OverdueTag = ({ overdue }: { overdue: boolean }) => (overdue ? <Tag color="red" data-testid="overdue-tag">逾期</Tag> : null);
export const ListedTag = ({ docNo }: { docNo: string | null }) => (docNo ? <Tag color="volcano" title={docNo}>挂牌督办</Tag> : null);
