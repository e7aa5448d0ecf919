import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { CustomerPhone } from './types';

/** Phones, primary first and marked 主号码. */
export function PhoneList({ phones }: { phones: CustomerPhone[] }) {
  const { t } = useI18n();
  const sorted = [...phones].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  return (
    <Space size={[8, 0]} wrap>
      {sorted.map((p) => (
        <Typography.Text key={p.phone}>
          {p.phone}
          {p.isPrimary && phones.length > 1 && (
            <Tag color="blue" style={{ marginInlineStart: 4 }}>
              {t('customers.primary')}
            </Tag>
          )}
        </Typography.Text>
      ))}
    </Space>
  );
}
