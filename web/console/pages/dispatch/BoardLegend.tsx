/** What the board's blocks mean: booked (solid), proposed (dashed), conflict (red). */
import { Space } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n';

const swatch = (style: CSSProperties) => (
  <span
    aria-hidden="true"
    style={{
      display: 'inline-block',
      width: 18,
      height: 12,
      borderRadius: 2,
      verticalAlign: 'middle',
      ...style,
    }}
  />
);

export function BoardLegend() {
  const { t } = useI18n();
  return (
    <Space size="middle" style={{ fontSize: 12, color: '#666' }}>
      <span>
        {swatch({ background: '#e6f4ff', border: '1px solid #4096ff' })} {t('board.legend.booked')}
      </span>
      <span>
        {swatch({ background: '#fffbe6', border: '2px dashed #d48806' })} {t('board.legend.proposed')}
      </span>
      <span>
        {swatch({ background: '#fff1f0', border: '2px dashed #ff4d4f' })} {t('board.legend.conflict')}
      </span>
    </Space>
  );
}
