/** An audit entry's payload, pretty-printed; `before` / `after` side by side when present. */
import { Col, Row, Typography } from 'antd';
import { useI18n } from '../../i18n';

const preStyle = {
  margin: 0,
  padding: 12,
  background: 'rgba(0, 0, 0, 0.03)',
  borderRadius: 6,
  fontSize: 12,
  maxHeight: 360,
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
} as const;

function Json({ value }: { value: unknown }) {
  return <pre style={preStyle}>{JSON.stringify(value, null, 2) ?? 'null'}</pre>;
}

export function PayloadView({ payload }: { payload: Record<string, unknown> | null }) {
  const { t } = useI18n();
  if (!payload || !('before' in payload || 'after' in payload)) return <Json value={payload} />;
  const { before, after, ...rest } = payload;
  const sides = [
    { key: 'before', title: t('audit.before'), value: before, present: 'before' in payload },
    { key: 'after', title: t('audit.after'), value: after, present: 'after' in payload },
  ].filter((side) => side.present);
  return (
    <>
      <Row gutter={16}>
        {sides.map((side) => (
          <Col key={side.key} xs={24} md={24 / sides.length}>
            <Typography.Text strong>{side.title}</Typography.Text>
            <Json value={side.value} />
          </Col>
        ))}
      </Row>
      {Object.keys(rest).length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Json value={rest} />
        </div>
      )}
    </>
  );
}
