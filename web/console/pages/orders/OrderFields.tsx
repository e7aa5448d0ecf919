/** The order fields of /orders/new: service, channel, urgent, time, address, quantity, notes, callback. */
import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import type { RefObject } from 'react';
import { useI18n } from '../../i18n';
import type { Address } from '../customers/types';
import { START_TIMES } from './time-window';
import { ORDER_CHANNELS, type OrderChannel, type ServiceType } from './types';
import { addressLabel } from './useCustomerAddresses';

export interface NewOrderValues {
  serviceTypeId?: string;
  channel: OrderChannel;
  urgent?: boolean;
  day?: Dayjs | null;
  startTime?: string;
  startDate?: Dayjs | null;
  addressId?: string;
  quantity?: number | null;
  notes?: string;
  callbackInDays?: number | null;
}

interface Props {
  service: ServiceType | undefined;
  serviceOptions: { value: string; label: string }[];
  addresses: Address[];
  serviceRef: RefObject<{ focus: () => void } | null>;
}

export function OrderFields({ service, serviceOptions, addresses, serviceRef }: Props) {
  const { t } = useI18n();
  const required = (field: string) => [{ required: true, message: t('common.selectRequired', { field }) }];
  const placement = service?.mode === 'placement';
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item
          name="serviceTypeId"
          label={t('orderNew.serviceType')}
          rules={required(t('orderNew.serviceType'))}
        >
          <Select
            ref={serviceRef as never}
            aria-label={t('orderNew.serviceType')}
            options={serviceOptions}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="channel" label={t('orderNew.channel')}>
          <Select
            aria-label={t('orderNew.channel')}
            options={ORDER_CHANNELS.map((c) => ({ value: c, label: t(`order.channel.${c}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name="urgent" label={t('orders.urgent')} valuePropName="checked">
          <Switch aria-label={t('orders.urgent')} />
        </Form.Item>
      </Col>
      {placement ? (
        <Col xs={24} md={12}>
          <Form.Item name="startDate" label={t('orderNew.startDate')}>
            <DatePicker aria-label={t('orderNew.startDate')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      ) : (
        <>
          <Col xs={12} md={6}>
            <Form.Item name="day" label={t('orderNew.window')}>
              <DatePicker aria-label={t('orderNew.window')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="startTime" label=" ">
              <Select
                aria-label={t('quote.startAt')}
                options={START_TIMES.map((v) => ({ value: v, label: v }))}
              />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} md={12}>
        <Form.Item
          name="quantity"
          label={`${t('orderNew.quantity')}${service?.unit === 'hour' ? `（${t('orderNew.hours')}）` : ''}`}
        >
          <InputNumber
            aria-label={t('orderNew.quantity')}
            min={0}
            max={100000}
            step={0.5}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="addressId" label={t('orderNew.address')}>
          <Select
            aria-label={t('orderNew.address')}
            allowClear
            placeholder={addresses.length ? undefined : t('orderNew.noAddress')}
            options={addresses.map((a) => ({ value: a.id, label: addressLabel(a) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="notes" label={t('orderNew.notes')}>
          <Input aria-label={t('orderNew.notes')} maxLength={1000} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="callbackInDays" label={t('orderNew.callbackDays')}>
          <InputNumber
            aria-label={t('orderNew.callbackDays')}
            min={0}
            max={365}
            precision={0}
            suffix={t('orderNew.days')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
