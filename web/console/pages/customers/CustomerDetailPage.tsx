/** /customers/:id: header, phones, addresses, household and preferences, history. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Card, Col, Empty, Row, Skeleton, Space, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { useAuth } from '../../auth';
import { LinkButton } from '../../components/LinkButton';
import { NotFound } from '../../components/NotFound';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { AddressesCard } from './AddressesCard';
import { customersApi } from './api';
import { CustomerHeader } from './CustomerHeader';
import { HouseholdCard } from './HouseholdCard';
import { PhonesCard } from './PhonesCard';
import type { Customer } from './types';

export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    let alive = true;
    setError(null);
    customersApi
      .get(id)
      .then((found) => alive && setCustomer(found))
      .catch((caught: unknown) => alive && setError(asApiError(caught)));
    return () => {
      alive = false;
    };
  }, [id]);

  useEffect(() => {
    setCustomer(null);
    return load();
  }, [load]);

  const onChange = useCallback(
    (next: Customer) => {
      setCustomer(next);
      message.success(t('common.saved'));
    },
    [message, t],
  );

  if (error?.status === 404) return <NotFound />;
  const editable = Boolean(customer && !customer.mergedIntoId && can('customer.write'));
  const later = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customer.historyLater')} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <LinkButton to="/customers" type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('customers.title')}
      </LinkButton>
      {error && <ProblemAlert error={error} onRetry={load} />}
      {customer ? (
        <>
          <CustomerHeader customer={customer} onChange={onChange} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <PhonesCard customer={customer} onChange={onChange} editable={editable} />
            </Col>
            <Col xs={24} lg={16}>
              <AddressesCard customer={customer} onChange={onChange} editable={editable} />
            </Col>
          </Row>
          <HouseholdCard customer={customer} />
          <Card size="small" title={t('customer.history')}>
            <Tabs
              items={(['orders', 'complaints', 'payments'] as const).map((key) => ({
                key,
                label: `${t(`customer.${key}`)} (${customer.history[key].length})`,
                children: later,
              }))}
            />
          </Card>
        </>
      ) : (
        !error && (
          <Card>
            <Skeleton active />
          </Card>
        )
      )}
    </Space>
  );
}
