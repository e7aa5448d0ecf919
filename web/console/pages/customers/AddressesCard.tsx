/** The addresses of a file: add, edit, make default, remove (with a confirmation). */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { AddressModal } from './AddressModal';
import { customersApi } from './api';
import type { Address, Customer } from './types';
import { useCustomerAction } from './useCustomerAction';

interface Props {
  customer: Customer;
  onChange: (customer: Customer) => void;
  editable: boolean;
}

export function AddressesCard({ customer, onChange, editable }: Props) {
  const { t } = useI18n();
  const act = useCustomerAction(onChange);
  const [editing, setEditing] = useState<Address | 'new' | null>(null);
  const cid = customer.id;

  return (
    <Card
      size="small"
      title={t('address.title')}
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('address.add')}
          </Button>
        )
      }
    >
      <Table<Address>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={customer.addresses}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('address.none')} /> }}
        columns={[
          {
            title: t('address.label'),
            key: 'label',
            render: (_, a) => (
              <Space size={4}>
                {a.label ?? '—'}
                {a.isDefault && <Tag color="blue">{t('address.default')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('address.detail'),
            key: 'full',
            render: (_, a) =>
              `${a.province}${a.city === a.province ? '' : a.city}${a.district} ${a.community} ${a.detail}`,
          },
          {
            title: t('address.accessNotes'),
            dataIndex: 'accessNotes',
            render: (v: string | null) => v ?? '—',
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, a: Address) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(a)}>
                        {t('common.edit')}
                      </Button>
                      {!a.isDefault && (
                        <Button
                          type="link"
                          size="small"
                          onClick={() =>
                            act(() => customersApi.updateAddress(cid, a.id, { isDefault: true }))
                          }
                        >
                          {t('address.setDefault')}
                        </Button>
                      )}
                      <Popconfirm
                        title={t('address.removeConfirm')}
                        okText={t('common.ok')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => act(() => customersApi.removeAddress(cid, a.id))}
                      >
                        <Button type="link" size="small" danger>
                          {t('address.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <AddressModal
          customerId={cid}
          address={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            setEditing(null);
            onChange(next);
          }}
        />
      )}
    </Card>
  );
}
