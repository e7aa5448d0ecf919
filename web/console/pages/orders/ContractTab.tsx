/** 合同 (R10, R11): generate from the accepted quote, then the versions, newest first. */
import { App, Button, Empty, Form, Input, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useAuth } from '../../auth';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useI18n } from '../../i18n';
import { problemText } from '../workers/useWorkerAction';
import { ordersApi } from './api';
import { ContractView } from './ContractView';
import type { Contract, OrderDetail, Quote } from './types';

interface GenerateValues {
  employmentModel?: 'employee' | 'intermediary';
  workerId?: string;
}

interface Props {
  order: OrderDetail;
  latestQuote: Quote | undefined;
  onChanged: () => void;
}

export function ContractTab({ order, latestQuote, onChanged }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<GenerateValues>();
  const { submitting, failure, run } = useFormSubmit(form);
  const [contracts, setContracts] = useState<Contract[]>([]);
  const [countersigning, setCountersigning] = useState(false);
  const placement = order.mode === 'placement';

  const load = useCallback(() => {
    ordersApi
      .contracts(order.id)
      .then((r) => setContracts([...r.items].reverse()))
      .catch((caught: unknown) => message.error(problemText(caught)));
  }, [order.id, message]);
  useEffect(load, [load]);

  const live = contracts.find((c) => c.state !== 'superseded' && c.quoteId === latestQuote?.id);
  const canGenerate = can('quote.write') && order.status === 'quoted' && !live;

  const generate = (v: GenerateValues) =>
    void run(async () => {
      await ordersApi.generateContract(order.id, {
        ...(placement ? { employmentModel: v.employmentModel } : {}),
        ...(placement && v.workerId?.trim() ? { workerId: v.workerId.trim() } : {}),
      });
      message.success(t('common.created'));
      load();
      onChanged();
    });

  const countersign = async (id: string) => {
    setCountersigning(true);
    try {
      await ordersApi.countersign(id);
      message.success(t('order.done'));
      load();
      onChanged();
    } catch (caught) {
      message.error(problemText(caught));
    } finally {
      setCountersigning(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {canGenerate &&
        (latestQuote?.state === 'accepted' ? (
          <Form<GenerateValues>
            form={form}
            layout="inline"
            initialValues={{ employmentModel: 'employee' }}
            onFinish={generate}
          >
            {placement && (
              <>
                <Form.Item name="employmentModel" label={t('contract.employmentModel')}>
                  <Select
                    style={{ width: 120 }}
                    options={(['employee', 'intermediary'] as const).map((m) => ({
                      value: m,
                      label: t(`contract.${m}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="workerId" label={t('contract.workerId')}>
                  <Input style={{ width: 220 }} maxLength={64} />
                </Form.Item>
              </>
            )}
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('contract.generate')}
            </Button>
          </Form>
        ) : (
          <Typography.Text type="secondary">{t('contract.needAccepted')}</Typography.Text>
        ))}
      {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
      {contracts.length === 0 ? (
        <Empty description={t('contract.none')} />
      ) : (
        contracts.map((c) => (
          <ContractView
            key={c.id}
            contract={c}
            countersigning={countersigning}
            onCountersign={() => void countersign(c.id)}
          />
        ))
      )}
    </Space>
  );
}
