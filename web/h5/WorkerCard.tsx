/** One available worker as a customer sees her: no phone, ID number or address (R16, R18). */
import { Card, Rate, Tag } from 'antd-mobile';
import { CheckCircleFill } from 'antd-mobile-icons';
import type { CSSProperties } from 'react';
import type { BoardCard } from './api';
import { useI18n } from './i18n';

/** antd-mobile sets a Tag's colours as inline CSS variables: override them the same way. */
const tagColors = (text: string, border: string, background = '#fff') =>
  ({ '--text-color': text, '--border-color': border, '--background-color': background }) as CSSProperties;
const SKILL = tagColors('#434343', '#f0f0f0', '#f0f0f0');
const CERT = tagColors('#8c8c8c', '#d9d9d9');
const CERT_VERIFIED = tagColors('var(--adm-color-success)', 'var(--adm-color-success)');

export function WorkerCard({ card }: { card: BoardCard }) {
  const { t, lang } = useI18n();
  const tier = card.tier
    ? lang === 'en'
      ? t(`tier.${card.tier}`)
      : (card.tierLabel ?? t(`tier.${card.tier}`))
    : null;
  const trusted = card.trust === 'green';
  // A renewed certificate can be listed twice: show each once, verified if either is.
  const certs = [
    ...new Map(
      [...card.certificates]
        .sort((a, b) => Number(a.verified) - Number(b.verified))
        .map((c) => [`${c.kind}:${c.name}`, c]),
    ).values(),
  ];
  return (
    <Card className="h5-card" data-testid="board-card">
      <div className="h5-card-row">
        <div className="h5-photo" role="img" aria-label={t('card.photo', { name: card.displayName })}>
          {card.photoUrl ? <img src={card.photoUrl} alt="" /> : card.displayName.slice(0, 1)}
        </div>
        <div className="h5-card-main">
          <div className="h5-name-row">
            <span className="h5-name">{card.displayName}</span>
            <Tag color={trusted ? 'success' : 'warning'} fill="outline" round>
              {t(trusted ? 'trust.green' : 'trust.yellow')}
            </Tag>
          </div>
          <div className="h5-meta">
            {card.ageRange} · {card.nativePlace}
            {' · '}
            <Tag color={tier ? 'primary' : 'default'} fill="outline">
              {tier ?? t('card.noTier')}
            </Tag>
          </div>
          {card.skills.length > 0 && (
            <div className="h5-tags">
              {card.skills.map((skill) => (
                <Tag key={skill} style={SKILL}>
                  {skill}
                </Tag>
              ))}
            </div>
          )}
          {certs.length > 0 && (
            <div className="h5-tags">
              {certs.map((c) => (
                <Tag key={`${c.kind}:${c.name}`} style={c.verified ? CERT_VERIFIED : CERT}>
                  {c.verified && <CheckCircleFill aria-label={t('card.verifiedCert')} />} {c.name}
                </Tag>
              ))}
            </div>
          )}
          <div className="h5-rating">
            {card.ratingAvg === null ? (
              t('card.noRating')
            ) : (
              <>
                <Rate
                  readOnly
                  allowHalf
                  value={Math.round(card.ratingAvg * 2) / 2}
                  style={{ '--star-size': '14px' } as CSSProperties}
                />
                {card.ratingAvg.toFixed(1)} · {t('card.ratingCount', { count: card.ratingCount })}
              </>
            )}
          </div>
        </div>
      </div>
    </Card>
  );
}
