/** The "加载更多" footer of a cursor-paginated table. */
import { Button, Typography } from 'antd';
import { useI18n } from '../i18n';

interface Props {
  hasMore: boolean;
  loading: boolean;
  count: number;
  onLoadMore: () => void;
}

export function LoadMore({ hasMore, loading, count, onLoadMore }: Props) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <div style={{ textAlign: 'center', marginTop: 16 }}>
      {hasMore ? (
        <Button onClick={onLoadMore} loading={loading}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </div>
  );
}
