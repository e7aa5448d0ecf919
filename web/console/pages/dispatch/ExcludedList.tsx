/** The workers the hard rules exclude from an order, each with every reason the server gives. */
import { Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { CandidateTierTag } from './tags';
import type { ExcludedWorker } from './types';

export function ExcludedList({ excluded, loading }: { excluded: ExcludedWorker[]; loading: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-label={t('dispatch.excluded')} data-testid="dispatch-excluded">
      <Typography.Title level={5}>{t('dispatch.excluded')}</Typography.Title>
      <List
        size="small"
        bordered
        loading={loading}
        dataSource={excluded}
        locale={{ emptyText: <Empty description={t('dispatch.excludedEmpty')} /> }}
        renderItem={(w) => (
          <List.Item data-worker={w.workerId}>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space size={6}>
                <Link to={`/workers/${w.workerId}`}>{w.name}</Link>
                <CandidateTierTag tier={w.tier} />
              </Space>
              <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('dispatch.reasons')}>
                {w.reasons.map((r) => (
                  <li key={`${r.rule}:${r.reason}`} data-rule={r.rule}>
                    <Typography.Text type="danger">{r.reason}</Typography.Text>
                  </li>
                ))}
              </ul>
            </Space>
          </List.Item>
        )}
      />
    </section>
  );
}
