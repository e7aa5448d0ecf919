/** /orders/new: built for a phone call — find the caller, pick the service, see the price, submit. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Row, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { optional } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import { type ChosenCustomer, CustomerLookup } from './CustomerLookup';
import { enterMovesOn } from './enter-moves-on';
import { type NewOrderValues, OrderFields } from './OrderFields';
import { PricePanel } from './PricePanel';
import { windowOf } from './time-window';
import type { OrderCreate } from './types';
import { useCustomerAddresses } from './useCustomerAddresses';
import type { QuoteRequest } from './useInstantQuote';
import { useServiceTypes } from './useServiceTypes';

export function OrderNewPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewOrderValues>();
  const { submitting, failure, run } = useFormSubmit(form);
  const [customer, setCustomer] = useState<ChosenCustomer | null>(null);
  const serviceRef = useRef<{ focus: () => void } | null>(null);
  const services = useServiceTypes();
  const addresses = useCustomerAddresses(customer?.id);
  const values = Form.useWatch([], form) as NewOrderValues | undefined;
  const service = services.find(values?.serviceTypeId);

  useEffect(() => {
    if (customer) serviceRef.current?.focus();
  }, [customer]);
  useEffect(() => {
    const preferred = addresses.find((a) => a.isDefault) ?? addresses[0];
    form.setFieldValue('addressId', preferred?.id);
  }, [addresses, form]);
  useEffect(() => {
    if (service?.unit === 'hour' && !form.getFieldValue('quantity'))
      form.setFieldValue('quantity', service.defaultDuration / 60);
  }, [service, form]);

  // A new object each render is fine: the quote hook keys its request by value.
  const slot = windowOf(values?.day, values?.startTime, service, values?.quantity);
  const request: QuoteRequest | null =
    !service || (service.mode === 'visit' && !values?.quantity)
      ? null
      : {
          serviceTypeId: service.id,
          ...(values?.quantity ? { quantity: values.quantity } : {}),
          ...(slot ? { startAt: slot.windowStart } : {}),
        };

  const submit = (v: NewOrderValues) =>
    void run(async () => {
      if (!customer) {
        message.warning(t('orderNew.needCustomer'));
        return;
      }
      const body: OrderCreate = {
        customerId: customer.id,
        serviceTypeId: v.serviceTypeId ?? '',
        channel: v.channel,
        urgent: Boolean(v.urgent),
        ...(service?.mode === 'placement'
          ? { startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null }
          : (windowOf(v.day, v.startTime, service, v.quantity) ?? {})),
        addressId: v.addressId ?? null,
        quantity: v.quantity ?? null,
        notes: optional(v.notes) ?? null,
        ...(v.callbackInDays != null ? { callbackInDays: v.callbackInDays } : {}),
      };
      const created = await ordersApi.create(body);
      message.success(t('common.created'));
      navigate(`/orders/${created.id}`, { replace: true });
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1200 }}>
      <LinkButton to="/orders" type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('orders.title')}
      </LinkButton>
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('orderNew.customer')}>
              <CustomerLookup value={customer} onChange={setCustomer} />
            </Card>
            <Card size="small" title={t('orders.new')}>
              <Form<NewOrderValues>
                form={form}
                layout="vertical"
                initialValues={{ channel: 'phone', urgent: false }}
                onFinish={submit}
                onKeyDown={enterMovesOn}
              >
                <OrderFields
                  service={service}
                  serviceOptions={services.options}
                  addresses={addresses}
                  serviceRef={serviceRef}
                />
                {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
                <Button type="primary" htmlType="submit" loading={submitting} disabled={!customer}>
                  {t('orderNew.submit')}
                </Button>
              </Form>
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <PricePanel request={request} />
        </Col>
      </Row>
    </Space>
  );
}
