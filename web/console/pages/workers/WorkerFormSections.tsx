/** The sections of the worker form: 基本信息, 联系与紧急联系人, 工资卡 (技能: SkillsSection.tsx). */
import { Card, Col, Form, Input, Row, Select } from 'antd';
import { StoreSelect } from '../../components/StoreSelect';
import { TeamSelect } from '../../components/TeamSelect';
import { type T, useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';
import { educationOptions, employmentOptions, genderOptions } from './options';
import type { WorkerDetail } from './types';

const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };

export const required = (t: T, key: MessageKey, select = false) => ({
  required: true,
  whitespace: !select,
  message: t(select ? 'common.selectRequired' : 'common.required', { field: t(key) }),
});
const pattern = (re: RegExp, message: string) => ({ pattern: re, message });
/** With a masked current value, an empty field keeps it: the placeholder says so. */
const keepHint = (t: T, value: string | null | undefined) =>
  value ? t('workerForm.sensitiveKeep', { value }) : undefined;

export function BasicSection({ editing }: { editing?: WorkerDetail }) {
  const { t } = useI18n();
  const storeId = Form.useWatch<string | undefined>('storeId');
  const form = Form.useFormInstance();
  return (
    <Card title={t('workerForm.basic')} size="small">
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item name="name" label={t('workers.name')} rules={[required(t, 'workers.name')]}>
            <Input maxLength={20} autoFocus={!editing} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="gender" label={t('workers.gender')} rules={[required(t, 'workers.gender', true)]}>
            <Select options={genderOptions(t)} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            name="idNumber"
            label={t('workers.idNumber')}
            extra={t('workerForm.idHint')}
            rules={[
              ...(editing ? [] : [required(t, 'workers.idNumber')]),
              pattern(/^\s*\d{17}[\dXx]\s*$/, t('workerForm.badId')),
            ]}
          >
            <Input maxLength={18} placeholder={keepHint(t, editing?.idNumber)} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            name="nativePlace"
            label={t('workers.nativePlace')}
            rules={[required(t, 'workers.nativePlace')]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            name="education"
            label={t('workers.education')}
            rules={[required(t, 'workers.education', true)]}
          >
            <Select options={educationOptions(t)} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            name="employmentModel"
            label={t('workers.employmentModel')}
            rules={[required(t, 'workers.employmentModel', true)]}
          >
            <Select options={employmentOptions(t)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="storeId" label={t('workers.store')} rules={[required(t, 'workers.store', true)]}>
            <StoreSelect
              activeOnly
              onChange={(v) => form.setFieldsValue({ storeId: v, teamId: undefined })}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="teamId" label={t('workers.team')}>
            <TeamSelect storeId={storeId} allowClear />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="languages" label={t('workers.languages')} extra={t('workerForm.listHint')}>
            <Select mode="tags" open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="cuisines" label={t('workers.cuisines')} extra={t('workerForm.listHint')}>
            <Select mode="tags" open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={t('workers.notes')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function ContactSection({ editing }: { editing?: WorkerDetail }) {
  const { t } = useI18n();
  const mobile = pattern(/^\s*1[3-9]\d{9}\s*$/, t('workerForm.badPhone'));
  return (
    <Card title={t('workerForm.contact')} size="small">
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item
            name="phone"
            label={t('workers.phone')}
            extra={t('workerForm.phoneHint')}
            rules={[...(editing ? [] : [required(t, 'workers.phone')]), mobile]}
          >
            <Input maxLength={11} inputMode="tel" placeholder={keepHint(t, editing?.phone)} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            name="homeDistrict"
            label={t('workers.homeDistrict')}
            rules={[required(t, 'workers.homeDistrict')]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="homeAddress" label={t('workers.homeAddress')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="emergencyName" label={t('workers.emergencyName')}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="emergencyPhone" label={t('workers.emergencyPhone')} rules={[mobile]}>
            <Input maxLength={11} inputMode="tel" placeholder={keepHint(t, editing?.emergencyPhone)} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function BankSection({ editing }: { editing?: WorkerDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('workerForm.bank')} size="small">
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="bankName" label={t('workers.bankName')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="bankAccount"
            label={t('workers.bankAccount')}
            extra={t('workerForm.bankHint')}
            rules={[pattern(/^\s*\d{12,30}\s*$/, t('workerForm.badBank'))]}
          >
            <Input maxLength={30} inputMode="numeric" placeholder={keepHint(t, editing?.bankAccount)} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
