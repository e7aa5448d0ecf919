/** /customers: search by name or phone, filter by tag or blacklist; 新建客户. */
import { PlusOutlined } from '@ant-design/icons';
import { Card, Empty, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { PAGE_SIZE } from '../../api';
import { useAuth } from '../../auth';
import { LinkButton } from '../../components/LinkButton';
import { LoadMore } from '../../components/LoadMore';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatTime } from '../../format';
import { useCursorList } from '../../hooks/useCursorList';
import { useI18n } from '../../i18n';
import { customersApi } from './api';
import { PhoneList } from './PhoneList';
import type { CustomerListItem, CustomerPhone, SourceChannel } from './types';

export function CustomersPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [q, setQ] = useState('');
  const [tag, setTag] = useState('');
  const [blacklisted, setBlacklisted] = useState<'true' | 'false' | undefined>();

  const fetchPage = useCallback(
    (cursor: string | null) => customersApi.list({ q, tag, blacklisted, limit: PAGE_SIZE, cursor }),
    [q, tag, blacklisted],
  );
  const list = useCursorList(fetchPage);

  const columns: TableColumnsType<CustomerListItem> = [
    {
      title: t('customers.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <Space size={4}>
          <Link to={`/customers/${c.id}`}>{name}</Link>
          {c.blacklisted && <Tag color="black">{t('customers.blacklisted')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('customers.phones'),
      dataIndex: 'phones',
      render: (p: CustomerPhone[]) => <PhoneList phones={p} />,
    },
    {
      title: t('customers.sourceChannel'),
      dataIndex: 'sourceChannel',
      render: (s: SourceChannel) => t(`source.${s}`),
    },
    {
      title: t('customers.tags'),
      dataIndex: 'tags',
      render: (tags: string[]) => (tags.length ? tags.map((x) => <Tag key={x}>{x}</Tag>) : '—'),
    },
    { title: t('customers.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
  ];

  return (
    <Card
      title={t('customers.title')}
      extra={
        can('customer.write') && (
          <LinkButton to="/customers/new" type="primary" icon={<PlusOutlined />}>
            {t('customers.new')}
          </LinkButton>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('customers.search')}
          onSearch={(value) => setQ(value.trim())}
          style={{ width: 260 }}
        />
        <Input.Search
          allowClear
          placeholder={t('customers.tagFilter')}
          onSearch={(value) => setTag(value.trim())}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          placeholder={t('customers.any')}
          value={blacklisted}
          onChange={setBlacklisted}
          style={{ width: 140 }}
          options={[
            { value: 'true', label: t('customers.onlyBlacklisted') },
            { value: 'false', label: t('customers.notBlacklisted') },
          ]}
        />
      </Space>
      {list.error && <ProblemAlert error={list.error} onRetry={() => list.reload()} />}
      <Table<CustomerListItem>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('customers.empty')} /> }}
      />
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
    </Card>
  );
}
