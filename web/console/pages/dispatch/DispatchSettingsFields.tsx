/** The fields of 派单设置: the ranking weights, then the address, offer, scheduling and placement rules. */
import { Card, Col, Form, InputNumber, Row, Space, Switch, Typography } from 'antd';
import { type T, useI18n } from '../../i18n';

export const WEIGHT_KEYS = [
  'distance',
  'rating',
  'experience',
  'preference',
  'continuity',
  'fairness',
  'store',
  'complaints',
] as const;

type NumberKey =
  | 'releaseLeadMinutes'
  | 'prePlacementTrainingDays'
  | 'offerTimeoutMinutes'
  | 'maxDailyMinutes'
  | 'speedKmh'
  | 'maxDistanceKm'
  | 'replacementQuota'
  | 'followUpDays';

/** Each number field with its range; `integer` ones take whole numbers only. */
const NUMBER_FIELDS: Record<NumberKey, { min: number; max: number; integer: boolean }> = {
  releaseLeadMinutes: { min: 0, max: 1440, integer: true },
  prePlacementTrainingDays: { min: 1, max: 365, integer: true },
  offerTimeoutMinutes: { min: 1, max: 1440, integer: true },
  maxDailyMinutes: { min: 60, max: 960, integer: true },
  speedKmh: { min: 5, max: 80, integer: false },
  maxDistanceKm: { min: 1, max: 200, integer: false },
  replacementQuota: { min: 0, max: 20, integer: true },
  followUpDays: { min: 1, max: 30, integer: true },
};

const half = { xs: 24, md: 12 };
const quarter = { xs: 24, sm: 12, lg: 6 };

const requiredRule = (t: T, label: string) => ({
  required: true,
  message: t('common.required', { field: label }),
});

function NumberField({ name }: { name: NumberKey }) {
  const { t } = useI18n();
  const { min, max, integer } = NUMBER_FIELDS[name];
  const label = t(`dispatchSettings.${name}` as const);
  return (
    <Col {...half}>
      <Form.Item
        name={name}
        label={label}
        extra={t(`dispatchSettings.${name}Help` as const)}
        rules={[requiredRule(t, label)]}
      >
        <InputNumber min={min} max={max} precision={integer ? 0 : undefined} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
}

export function WeightsSection() {
  const { t } = useI18n();
  return (
    <Card title={t('dispatchSettings.weights')} size="small">
      <Typography.Paragraph type="secondary">{t('dispatchSettings.weightsNote')}</Typography.Paragraph>
      <Row gutter={16}>
        {WEIGHT_KEYS.map((key) => {
          const label = t(`dispatchSettings.w.${key}` as const);
          return (
            <Col key={key} {...quarter}>
              <Form.Item
                name={['weights', key]}
                label={label}
                extra={t(`dispatchSettings.w.${key}Help` as const)}
                rules={[requiredRule(t, label)]}
              >
                <InputNumber min={0} max={100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}

export function RulesSections() {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('dispatchSettings.addressTraining')} size="small">
        <Row gutter={16}>
          <NumberField name="releaseLeadMinutes" />
          <NumberField name="prePlacementTrainingDays" />
        </Row>
      </Card>
      <Card title={t('dispatchSettings.offers')} size="small">
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="useOffers"
              label={t('dispatchSettings.useOffers')}
              extra={t('dispatchSettings.useOffersHelp')}
              valuePropName="checked"
            >
              <Switch aria-label={t('dispatchSettings.useOffers')} />
            </Form.Item>
          </Col>
          <NumberField name="offerTimeoutMinutes" />
        </Row>
      </Card>
      <Card title={t('dispatchSettings.scheduling')} size="small">
        <Row gutter={16}>
          <NumberField name="maxDailyMinutes" />
          <NumberField name="speedKmh" />
          <NumberField name="maxDistanceKm" />
        </Row>
      </Card>
      <Card title={t('dispatchSettings.placement')} size="small">
        <Row gutter={16}>
          <NumberField name="replacementQuota" />
          <NumberField name="followUpDays" />
        </Row>
      </Card>
    </Space>
  );
}
