/** /stores/:id: the store's details and its teams (班组). */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Skeleton, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { api } from '../../api';
import { LinkButton } from '../../components/LinkButton';
import { NotFound } from '../../components/NotFound';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag } from '../../components/StatusTag';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import type { Store } from '../../types';
import { TeamsCard } from './TeamsCard';

export function StoreDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [store, setStore] = useState<Store | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    let alive = true;
    setError(null);
    api.stores
      .get(id)
      .then((found) => alive && setStore(found))
      .catch((caught: unknown) => alive && setError(asApiError(caught)));
    return () => {
      alive = false;
    };
  }, [id]);

  useEffect(() => {
    setStore(null);
    return load();
  }, [load]);

  if (error?.status === 404) return <NotFound />;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <LinkButton to="/stores" type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('nav.stores')}
      </LinkButton>
      {error && <ProblemAlert error={error} onRetry={load} />}
      <Card title={store?.name ?? t('stores.details')}>
        {store ? (
          <Descriptions
            bordered
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'name', label: t('stores.name'), children: store.name },
              { key: 'kind', label: t('stores.kind'), children: t(`stores.kind.${store.kind}`) },
              { key: 'phone', label: t('stores.phone'), children: store.phone ?? '—' },
              { key: 'status', label: t('common.status'), children: <StatusTag status={store.status} /> },
              { key: 'address', label: t('stores.address'), children: store.address ?? '—', span: 2 },
              { key: 'createdAt', label: t('common.createdAt'), children: formatTime(store.createdAt) },
              { key: 'updatedAt', label: t('common.updatedAt'), children: formatTime(store.updatedAt) },
            ]}
          />
        ) : (
          !error && <Skeleton active />
        )}
      </Card>
      {store && <TeamsCard store={store} />}
    </Space>
  );
}
