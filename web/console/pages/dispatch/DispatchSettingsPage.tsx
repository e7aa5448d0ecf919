/**
 * /dispatch/settings (派单设置): the company's ranking weights and dispatch rules. Dispatchers see
 * them read-only; an administrator (company.write) saves the whole object. 恢复默认 only fills the
 * form — nothing changes until 保存.
 */
import { Alert, App, Button, Card, Form, Popconfirm, Skeleton, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { http } from '../../../shared/http';
import { type ApiError, asApiError } from '../../../shared/problem';
import { useAuth } from '../../auth';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useI18n } from '../../i18n';
import { RulesSections, WeightsSection } from './DispatchSettingsFields';

export interface DispatchSettings {
  weights: {
    distance: number;
    rating: number;
    experience: number;
    preference: number;
    continuity: number;
    fairness: number;
    store: number;
    complaints: number;
  };
  releaseLeadMinutes: number;
  prePlacementTrainingDays: number;
  useOffers: boolean;
  offerTimeoutMinutes: number;
  maxDailyMinutes: number;
  speedKmh: number;
  maxDistanceKm: number;
  replacementQuota: number;
  followUpDays: number;
}

/** The server's defaults (src/modules/dispatch/settings.ts). */
export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = {
  weights: {
    distance: 30,
    rating: 20,
    experience: 10,
    preference: 15,
    continuity: 10,
    fairness: 10,
    store: 5,
    complaints: 20,
  },
  releaseLeadMinutes: 120,
  prePlacementTrainingDays: 30,
  useOffers: false,
  offerTimeoutMinutes: 30,
  maxDailyMinutes: 480,
  speedKmh: 20,
  maxDistanceKm: 30,
  replacementQuota: 3,
  followUpDays: 3,
};

const SETTINGS_URL = '/api/v1/dispatch/settings';
export const settingsApi = {
  get: () => http.get<DispatchSettings>(SETTINGS_URL),
  update: (body: DispatchSettings) => http.put<DispatchSettings>(SETTINGS_URL, { body }),
};

export function DispatchSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { can } = useAuth();
  const editable = can('company.write');
  const [form] = Form.useForm<DispatchSettings>();
  const { submitting, failure, run, clearFailure } = useFormSubmit(form);
  const [settings, setSettings] = useState<DispatchSettings | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    let alive = true;
    setLoadError(null);
    settingsApi
      .get()
      .then((s) => alive && setSettings(s))
      .catch((caught: unknown) => alive && setLoadError(asApiError(caught)));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => load(), [load]);

  const save = async (v: DispatchSettings) => {
    const saved = await settingsApi.update(v);
    setSettings(saved);
    form.setFieldsValue(saved);
    message.success(t('common.saved'));
  };

  const restore = () => {
    clearFailure();
    form.resetFields(); // clears the server's field errors too
    form.setFieldsValue({ ...DEFAULT_DISPATCH_SETTINGS, weights: { ...DEFAULT_DISPATCH_SETTINGS.weights } });
    message.info(t('dispatchSettings.restored'));
  };

  return (
    <Card title={t('dispatchSettings.title')} style={{ maxWidth: 1100 }}>
      {loadError && <ProblemAlert error={loadError} onRetry={load} />}
      {!settings ? (
        !loadError && <Skeleton active />
      ) : (
        <Form<DispatchSettings>
          form={form}
          layout="vertical"
          scrollToFirstError
          disabled={!editable}
          requiredMark={editable ? undefined : false}
          initialValues={settings}
          onFinish={(v) => void run(() => save(v))}
        >
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {!editable && <Alert type="info" showIcon title={t('dispatchSettings.readOnly')} />}
            <WeightsSection />
            <RulesSections />
            {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
            {editable && (
              <Space>
                <Button type="primary" htmlType="submit" loading={submitting}>
                  {t('common.save')}
                </Button>
                <Popconfirm
                  title={t('dispatchSettings.restoreConfirm')}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  onConfirm={restore}
                >
                  <Button disabled={submitting}>{t('dispatchSettings.restore')}</Button>
                </Popconfirm>
              </Space>
            )}
          </Space>
        </Form>
      )}
    </Card>
  );
}
