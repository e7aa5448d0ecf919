/** Routing actions (R3, R4): 分派门店, 接单, 请求澄清, 紧急求助, 抢单 — each by permission and state. */
import { Button, Form, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { StoreSelect } from '../../components/StoreSelect';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import type { OrderDetail } from './types';

const FINAL = ['closed', 'cancelled', 'terminated'];

interface Props {
  order: OrderDetail;
  run: (action: () => Promise<OrderDetail>) => Promise<boolean>;
  onChange: (order: OrderDetail) => void;
}

export function RouteButtons({ order, run, onChange }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [open, setOpen] = useState<'route' | 'clarify' | null>(null);
  const [routeForm] = Form.useForm<{ storeId: string }>();
  const [clarifyForm] = Form.useForm<{ question: string }>();
  const live = !FINAL.includes(order.status);
  const r = order.routing;
  const done = (o: OrderDetail) => {
    onChange(o);
    setOpen(null);
  };

  return (
    <>
      {live && can('order.route') && (r === 'unrouted' || r === 'clarifying') && (
        <Button onClick={() => setOpen('route')}>{t('order.act.route')}</Button>
      )}
      {can('order.accept') && r === 'pending' && (
        <>
          <Button type="primary" onClick={() => void run(() => ordersApi.accept(order.id))}>
            {t('order.act.accept')}
          </Button>
          <Button onClick={() => setOpen('clarify')}>{t('order.act.clarify')}</Button>
        </>
      )}
      {live && can('order.route') && order.urgent && r !== 'offered' && (
        <Popconfirm title={t('order.offerConfirm')} onConfirm={() => run(() => ordersApi.offer(order.id))}>
          <Button danger>{t('order.act.offer')}</Button>
        </Popconfirm>
      )}
      {can('order.accept') && r === 'offered' && (
        <Button type="primary" danger onClick={() => void run(() => ordersApi.claim(order.id))}>
          {t('order.act.claim')}
        </Button>
      )}
      {open === 'route' && (
        <FormModal<{ storeId: string }>
          title={t('order.act.route')}
          form={routeForm}
          okText={t('order.act.route')}
          onClose={() => setOpen(null)}
          onSubmit={async (v) => done(await ordersApi.route(order.id, v.storeId))}
        >
          <Form.Item
            name="storeId"
            label={t('order.routeStore')}
            rules={[
              { required: true, message: t('common.selectRequired', { field: t('order.routeStore') }) },
            ]}
          >
            <StoreSelect activeOnly placeholder={t('order.routeStore')} />
          </Form.Item>
        </FormModal>
      )}
      {open === 'clarify' && (
        <FormModal<{ question: string }>
          title={t('order.act.clarify')}
          form={clarifyForm}
          okText={t('order.act.clarify')}
          onClose={() => setOpen(null)}
          onSubmit={async (v) => done(await ordersApi.clarify(order.id, v.question.trim()))}
        >
          <Form.Item
            name="question"
            label={t('order.clarifyQuestion')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('order.clarifyQuestion') }),
              },
            ]}
          >
            <Input.TextArea autoFocus maxLength={500} rows={3} />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
