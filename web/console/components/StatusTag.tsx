import { Tag } from 'antd';
import { useI18n } from '../i18n';
import type { Status } from '../types';

export function StatusTag({ status }: { status: Status }) {
  const { t } = useI18n();
  return status === 'active' ? (
    <Tag color="success">{t('common.active')}</Tag>
  ) : (
    <Tag color="default">{t('common.disabled')}</Tag>
  );
}
