import { Card, Statistic } from 'antd';
import { Link } from 'react-router';
import { useTotal } from '../api/get-totals';

/** A count from a list API's `total`, linking to that list. */
export function TotalCard({ title, url, to, suffix }: { title: string; url: string; to: string; suffix: string }) {
  const { data, isPending, isError } = useTotal(url, true);
  return (
    <Link to={to}>
      <Card hoverable>
        <Statistic
          title={title}
          loading={isPending}
          value={isError ? '—' : data?.total ?? 0}
          suffix={data?.totalCapped ? `+ ${suffix}` : suffix}
        />
      </Card>
    </Link>
  );
}
