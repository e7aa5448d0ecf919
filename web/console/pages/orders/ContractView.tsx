/** One contract version: number, state, parties, terms summary, hash, signatures, 公司会签, PDF. */
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Descriptions, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useAuth } from '../../auth';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { contractPdfUrl } from './api';
import { yuan } from './money';
import { ContractStateTag } from './tags';
import type { Contract } from './types';

/** Terms already shown elsewhere on the card (or only bookkeeping). */
const HIDDEN_TERMS = new Set(['kind', 'number', 'version', 'issuedAt', 'employmentModel', 'copy']);

/** A short, readable line for one term (names, amounts, counts) — the full text is below. */
function brief(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return /Fen$/.test(key) ? yuan(value) : String(value);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((v) => brief('', v)).join('；');
  const record = value as Record<string, unknown>;
  if (typeof record.name === 'string') return record.name;
  if (typeof record.item === 'string') return `${record.item} ${brief('amountFen', record.amountFen)}`;
  return Object.entries(record)
    .filter(([, v]) => typeof v !== 'object')
    .map(([k, v]) => `${k}: ${brief(k, v)}`)
    .join('，');
}

interface Props {
  contract: Contract;
  countersigning: boolean;
  onCountersign: () => void;
}

export function ContractView({ contract: c, countersigning, onCountersign }: Props) {
  const { t, tOr } = useI18n();
  const { can } = useAuth();
  const signed = new Set(c.signatures.map((s) => s.party));
  const othersSigned = c.requiredParties.every((p) => p === 'company' || signed.has(p));
  const open = c.state === 'draft' || c.state === 'customer_signed';

  return (
    <Card
      size="small"
      data-testid="contract"
      title={
        <Space>
          {c.number}
          <Tag>v{c.version}</Tag>
          <ContractStateTag state={c.state} />
        </Space>
      }
      extra={
        <Space>
          {can('contract.sign') && open && !signed.has('company') && (
            <Popconfirm
              title={t('contract.countersignConfirm')}
              onConfirm={onCountersign}
              disabled={!othersSigned}
            >
              <Button type="primary" loading={countersigning} disabled={!othersSigned}>
                {t('contract.countersign')}
              </Button>
            </Popconfirm>
          )}
          <Button
            icon={<DownloadOutlined />}
            href={contractPdfUrl(c.id)}
            target="_blank"
            data-testid="contract-pdf"
          >
            {t('contract.pdf')}
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('contract.parties')}>
          {c.requiredParties.map((p) => (
            <Tag key={p} color={signed.has(p) ? 'green' : 'default'}>
              {t(`contract.party.${p}`)}
            </Tag>
          ))}
        </Descriptions.Item>
        {c.employmentModel && (
          <Descriptions.Item label={t('contract.employmentModel')}>
            {t(`contract.${c.employmentModel}`)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('contract.terms')}>
          <Space orientation="vertical" size={0}>
            {Object.entries(c.terms)
              .filter(([key]) => !HIDDEN_TERMS.has(key))
              .map(([key, value]) => (
                <Typography.Text key={key}>
                  <Typography.Text type="secondary">{tOr(`term.${key}`, key)}：</Typography.Text>
                  {brief(key, value)}
                </Typography.Text>
              ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('contract.hash')}>
          <Typography.Text code copyable data-testid="contract-hash">
            {c.textSha256}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('contract.signatures')}>
          {c.signatures.length === 0 ? (
            t('contract.noSignatures')
          ) : (
            <List
              size="small"
              dataSource={c.signatures}
              renderItem={(s) => (
                <List.Item>
                  {t(`contract.party.${s.party}`)} · {s.signerName} · {formatTime(s.signedAt)}
                </List.Item>
              )}
            />
          )}
        </Descriptions.Item>
      </Descriptions>
      <Collapse
        ghost
        items={[
          {
            key: 'text',
            label: t('contract.text'),
            children: <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{c.text}</pre>,
          },
        ]}
      />
    </Card>
  );
}
